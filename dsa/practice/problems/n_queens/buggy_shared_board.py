"""Records the working board, not a copy: every recorded placement is the same, emptied list."""


def solve_n_queens(n: int) -> list[list[str]]:
    boards: list[list[str]] = []
    board: list[str] = []
    columns: set[int] = set()
    diagonals: set[int] = set()
    anti_diagonals: set[int] = set()

    def place(row: int) -> None:
        if row == n:
            boards.append(board)
            return
        for c in range(n):
            if c in columns or row - c in diagonals or row + c in anti_diagonals:
                continue
            columns.add(c)
            diagonals.add(row - c)
            anti_diagonals.add(row + c)
            board.append("." * c + "Q" + "." * (n - c - 1))
            place(row + 1)
            board.pop()
            columns.remove(c)
            diagonals.remove(row - c)
            anti_diagonals.remove(row + c)

    place(0)
    return boards
