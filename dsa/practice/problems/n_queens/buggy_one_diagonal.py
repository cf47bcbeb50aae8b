"""Checks only one diagonal direction: the r + c anti-diagonals are never tested."""


def solve_n_queens(n: int) -> list[list[str]]:
    boards: list[list[str]] = []
    queen_columns: list[int] = []
    columns: set[int] = set()
    diagonals: set[int] = set()

    def place(row: int) -> None:
        if row == n:
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in queen_columns])
            return
        for c in range(n):
            if c in columns or row - c in diagonals:
                continue
            columns.add(c)
            diagonals.add(row - c)
            queen_columns.append(c)
            place(row + 1)
            queen_columns.pop()
            columns.remove(c)
            diagonals.remove(row - c)

    place(0)
    return boards
