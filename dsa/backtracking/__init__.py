"""Recursion and backtracking: build a solution one choice at a time, undo the choice, try the next.

Every module has the same skeleton: a partial solution, a list of choices still open, and a
recursive ``extend`` that records a complete solution, or tries each open choice in turn —
make it, recurse, unmake it. Pruning a choice that cannot lead to a solution is what turns
brute force into a practical search.

>>> from dsa.backtracking import n_queens_count, permutations, subsets
>>> len(permutations("abc")), len(subsets("abc")), n_queens_count(6)
(6, 8, 4)
"""

from dsa.backtracking.n_queens import n_queens, n_queens_count, render
from dsa.backtracking.permutations import permutations
from dsa.backtracking.subsets import subsets

__all__ = ["n_queens", "n_queens_count", "permutations", "render", "subsets"]
