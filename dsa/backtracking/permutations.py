"""All orderings of a sequence, by backtracking.

Invariant: ``chosen`` is a prefix of some permutation, ``picked`` holds the positions of its
items in the input and ``used[i]`` says whether position ``i`` is among them. Each step appends
the first unused position at or after ``start``; when there is none, it takes the last position
back and looks on from the one after it. Trying positions in increasing order yields the
permutations in the same order as :func:`itertools.permutations` (lexicographic in positions).
Items are treated by position, so repeated values give repeated permutations, as in itertools.
The search is a loop with its own stack (``picked``), not recursion, so no input length runs
into Python's recursion limit (the n! results run out of memory long before).

Time O(n · n!) (n! leaves, each copied in O(n)); space O(n) besides the output.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

__all__ = ["permutations"]

T = TypeVar("T")


def permutations(items: Iterable[T]) -> list[tuple[T, ...]]:
    """Return every ordering of ``items`` as tuples, in :func:`itertools.permutations` order.

    >>> permutations([1, 2, 3])
    [(1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)]
    >>> permutations([])
    [()]
    """
    pool = list(items)
    n = len(pool)
    used = [False] * n
    picked: list[int] = []
    chosen: list[T] = []
    result: list[tuple[T, ...]] = []
    start = 0
    while True:
        if len(picked) == n:
            result.append(tuple(chosen))
            start = n  # complete: nothing more to add here
        i = start
        while i < n and used[i]:
            i += 1
        if i < n:  # extend with the first unused position from ``start`` on
            used[i] = True
            picked.append(i)
            chosen.append(pool[i])
            start = 0
        elif picked:  # exhausted: take the last position back and try the next one after it
            last = picked.pop()
            chosen.pop()
            used[last] = False
            start = last + 1
        else:
            return result
