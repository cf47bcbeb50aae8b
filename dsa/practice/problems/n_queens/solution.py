"""N queens: backtracking row by row, with sets of attacked columns and diagonals.

One queen per row, so a placement is a column for each row. Squares on one diagonal share r − c,
on one anti-diagonal share r + c; with a set for each kind and one for columns, testing a square
is O(1). Each row tries only safe columns and undoes its choice when the recursion returns. At
most n·(n−1)·… = n! partial placements are explored (far fewer after pruning): O(n!) time, and
O(n) extra space for the sets and the recursion besides the output.
"""


def solve_n_queens(n: int) -> list[list[str]]:
    """Return every placement as n row strings of 'Q' and '.', in any order."""
    boards: list[list[str]] = []
    queen_columns: list[int] = []
    columns: set[int] = set()
    diagonals: set[int] = set()
    anti_diagonals: set[int] = set()

    def place(row: int) -> None:
        if row == n:
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in queen_columns])
            return
        for c in range(n):
            if c in columns or row - c in diagonals or row + c in anti_diagonals:
                continue
            columns.add(c)
            diagonals.add(row - c)
            anti_diagonals.add(row + c)
            queen_columns.append(c)
            place(row + 1)
            queen_columns.pop()
            columns.remove(c)
            diagonals.remove(row - c)
            anti_diagonals.remove(row + c)

    place(0)
    return boards
