"""Checks diagonals against the previous row only, missing attacks from further up."""


def solve_n_queens(n: int) -> list[list[str]]:
    boards: list[list[str]] = []
    queen_columns: list[int] = []

    def place(row: int) -> None:
        if row == n:
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in queen_columns])
            return
        for c in range(n):
            if c in queen_columns:
                continue
            if queen_columns and abs(queen_columns[-1] - c) == 1:
                continue
            queen_columns.append(c)
            place(row + 1)
            queen_columns.pop()

    place(0)
    return boards
