"""Heap sort: build a max-heap in the array, then repeatedly move its top to the end.

A max-heap stored in an array puts the children of position ``i`` at ``2i + 1`` and ``2i + 2``.
Invariant (heap order): no key is greater than its parent's, so the root holds the maximum.

1. *Heapify* bottom-up: sift each internal node down, from the last one to the root. This costs
   O(n) in total, because most nodes sit near the bottom and sift only a short way.
2. *Sort down*: swap the root (the maximum) with the last heap slot, shrink the heap by one, and
   sift the new root down. The sorted suffix grows from the right.

Heap sort is **not stable**: sifting and the root-to-end swap move items far past equal ones.
It uses no extra memory and has no bad inputs, but its jumps around the array make it slower in
practice than merge sort or quicksort.

Time O(n log n) always; extra space O(1) beyond the copy returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["heap_sort", "sift_down"]

T = TypeVar("T")


def heap_sort(items: Iterable[T], key: Callable[[T], Any] | None = None) -> list[T]:
    """Return a new list of ``items`` in ascending order of ``key`` (not stable).

    >>> heap_sort([12, 11, 13, 5, 6, 7])
    [5, 6, 7, 11, 12, 13]
    >>> heap_sort(["ccc", "a", "bb"], key=len)
    ['a', 'bb', 'ccc']
    """
    entries = [(x if key is None else key(x), x) for x in items]
    n = len(entries)
    for start in range(n // 2 - 1, -1, -1):
        sift_down(entries, start, n)
    for end in range(n - 1, 0, -1):
        entries[0], entries[end] = entries[end], entries[0]
        sift_down(entries, 0, end)
    return [x for _, x in entries]


def sift_down(entries: list[tuple[Any, T]], i: int, size: int) -> None:
    """Move ``entries[i]`` down the max-heap ``entries[:size]`` until heap order holds.

    >>> e = [(1, 'a'), (5, 'b'), (3, 'c')]
    >>> sift_down(e, 0, 3); e
    [(5, 'b'), (1, 'a'), (3, 'c')]
    """
    while True:
        largest = i
        for child in (2 * i + 1, 2 * i + 2):
            if child < size and entries[largest][0] < entries[child][0]:
                largest = child
        if largest == i:
            return
        entries[i], entries[largest] = entries[largest], entries[i]
        i = largest
