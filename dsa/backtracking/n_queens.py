"""N-queens: place ``n`` queens on an ``n × n`` board so that no two attack each other.

Place one queen per row, top to bottom; a solution is the tuple of their columns. Invariant: the
queens in rows ``0..row-1`` are mutually safe, and three sets record what they attack — their
columns, their ``row - col`` diagonals and their ``row + col`` anti-diagonals — so testing a
square is O(1). A square under attack is pruned before going deeper, which cuts the search from
n^n placements to a few thousand nodes for ``n = 8``. The search is a loop: the list of placed
columns is its stack, a row with no safe column left takes the last queen back and moves it
one column on, and Python's recursion limit never bounds the board size.

Counts for n = 1..8: 1, 0, 0, 2, 10, 4, 40, 92 (OEIS A000170).

Time O(n!) in the worst case (far less in practice, thanks to pruning); space O(n) besides the
output.
"""

from __future__ import annotations

__all__ = ["n_queens", "n_queens_count", "render"]


def n_queens(n: int) -> list[tuple[int, ...]]:
    """Return every solution as a tuple ``cols`` where row ``r`` has its queen in ``cols[r]``.

    Solutions come in lexicographic order.

    >>> n_queens(4)
    [(1, 3, 0, 2), (2, 0, 3, 1)]
    >>> n_queens(0)
    [()]
    """
    if n < 0:
        raise ValueError(f"board size must be non-negative, got {n}")
    columns: set[int] = set()
    diagonals: set[int] = set()
    anti_diagonals: set[int] = set()
    placed: list[int] = []
    solutions: list[tuple[int, ...]] = []
    col = 0  # the next column to try in row len(placed)
    while True:
        row = len(placed)
        if row == n:
            solutions.append(tuple(placed))
            col = n  # a full board: nothing more in this row
        while col < n and (col in columns or row - col in diagonals
                           or row + col in anti_diagonals):
            col += 1
        if col < n:  # a safe square: place the queen and start the next row at column 0
            columns.add(col)
            diagonals.add(row - col)
            anti_diagonals.add(row + col)
            placed.append(col)
            col = 0
        elif placed:  # no safe square left: take the last queen back, move it one column on
            col = placed.pop()
            row -= 1
            columns.remove(col)
            diagonals.remove(row - col)
            anti_diagonals.remove(row + col)
            col += 1
        else:
            return solutions


def n_queens_count(n: int) -> int:
    """Return the number of ways to place ``n`` non-attacking queens.

    >>> [n_queens_count(n) for n in range(1, 9)]
    [1, 0, 0, 2, 10, 4, 40, 92]
    """
    return len(n_queens(n))


def render(cols: tuple[int, ...]) -> str:
    """Draw a solution as text, ``Q`` for a queen and ``.`` for an empty square.

    >>> print(render((1, 3, 0, 2)))
    . Q . .
    . . . Q
    Q . . .
    . . Q .
    """
    n = len(cols)
    return "\n".join(" ".join("Q" if c == col else "." for c in range(n)) for col in cols)
