"""Wrong type: each row is a list of one-character strings, never joined into a string."""


def solve_n_queens(n: int) -> list[list[str]]:
    boards = []
    cols: list[int] = []

    def place(row: int) -> None:
        if row == n:
            boards.append([["Q" if c == col else "." for c in range(n)] for col in cols])
            return
        for col in range(n):
            if all(col != c and abs(col - c) != row - r for r, c in enumerate(cols)):
                cols.append(col)
                place(row + 1)
                cols.pop()

    place(0)
    return boards
