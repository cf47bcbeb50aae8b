"""Wrong type: each placement is a tuple of row strings, not a list."""


def solve_n_queens(n: int) -> list[list[str]]:
    boards = []
    cols: list[int] = []

    def place(row: int) -> None:
        if row == n:
            boards.append(tuple("." * c + "Q" + "." * (n - c - 1) for c in cols))
            return
        for col in range(n):
            if all(col != c and abs(col - c) != row - r for r, c in enumerate(cols)):
                cols.append(col)
                place(row + 1)
                cols.pop()

    place(0)
    return boards
