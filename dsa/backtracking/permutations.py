"""All orderings of a sequence, by backtracking.

Invariant: ``chosen`` is a prefix of some permutation and ``used[i]`` says whether position ``i``
of the input is in it. Each level appends one unused item, recurses, then removes it again.
Trying positions in increasing order yields the permutations in the same order as
:func:`itertools.permutations` (lexicographic in positions). Items are treated by position, so
repeated values give repeated permutations, as in itertools.

Time O(n · n!) (n! leaves, each copied in O(n)); space O(n) for the recursion besides the output.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def permutations(items: Iterable[T]) -> list[tuple[T, ...]]:
    """Return every ordering of ``items`` as tuples, in :func:`itertools.permutations` order.

    >>> permutations([1, 2, 3])
    [(1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)]
    >>> permutations([])
    [()]
    """
    pool = list(items)
    used = [False] * len(pool)
    chosen: list[T] = []
    result: list[tuple[T, ...]] = []

    def extend() -> None:
        if len(chosen) == len(pool):
            result.append(tuple(chosen))
            return
        for i, item in enumerate(pool):
            if not used[i]:
                used[i] = True
                chosen.append(item)
                extend()
                chosen.pop()
                used[i] = False

    extend()
    return result
