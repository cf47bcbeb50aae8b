"""All subsets of a sequence (its power set), by backtracking.

Depth-first search over the choices, written as a loop: ``picked`` holds the positions chosen so
far, in increasing order, and ``nxt`` is the next position to try adding. Invariant: every
subset whose positions come before ``picked + [nxt]`` in depth-first order has been recorded.
Each step either adds ``items[nxt]`` (a new subset, recorded at once) or, when no position is
left, takes back the last choice ``p`` and goes on from ``p + 1``. So each subset is produced
exactly once, from its own items in increasing position order, and the result is in depth-first
order: ``[], [a], [a, b], [a, b, c], [a, c], [b], ...``. The loop keeps its own stack
(``picked``) rather than recursing, so the depth of the search is never limited by Python's
recursion limit.

Time O(n · 2^n) (2^n subsets, each copied in O(n)); space O(n) besides the output.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

__all__ = ["subsets"]

T = TypeVar("T")


def subsets(items: Iterable[T]) -> list[tuple[T, ...]]:
    """Return every subset of ``items`` as a tuple (items in input order), 2**n in all.

    >>> subsets("abc")
    [(), ('a',), ('a', 'b'), ('a', 'b', 'c'), ('a', 'c'), ('b',), ('b', 'c'), ('c',)]
    """
    pool = list(items)
    n = len(pool)
    picked: list[int] = []
    chosen: list[T] = []
    result: list[tuple[T, ...]] = [()]
    nxt = 0
    while True:
        if nxt < n:  # extend: one more item, a new subset
            picked.append(nxt)
            chosen.append(pool[nxt])
            result.append(tuple(chosen))
            nxt += 1
        elif picked:  # nothing left to add: take the last choice back, try the one after it
            nxt = picked.pop() + 1
            chosen.pop()
        else:
            return result
