"""All subsets of a sequence (its power set), by backtracking.

Invariant: when ``extend(start)`` runs, ``chosen`` is a subset of ``items[:start]`` taken in
input order, and it is recorded as soon as it is reached. Each call then tries adding every later
item, so each subset is produced exactly once — from its own items in increasing position order.
The result is in depth-first order: ``[], [a], [a, b], [a, b, c], [a, c], [b], ...``.

Time O(n · 2^n) (2^n subsets, each copied in O(n)); space O(n) for the recursion besides the
output.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

T = TypeVar("T")


def subsets(items: Iterable[T]) -> list[tuple[T, ...]]:
    """Return every subset of ``items`` as a tuple (items in input order), 2**n in all.

    >>> subsets("abc")
    [(), ('a',), ('a', 'b'), ('a', 'b', 'c'), ('a', 'c'), ('b',), ('b', 'c'), ('c',)]
    """
    pool = list(items)
    chosen: list[T] = []
    result: list[tuple[T, ...]] = []

    def extend(start: int) -> None:
        result.append(tuple(chosen))
        for i in range(start, len(pool)):
            chosen.append(pool[i])
            extend(i + 1)
            chosen.pop()

    extend(0)
    return result
