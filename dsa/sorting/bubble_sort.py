"""Bubble sort: swap neighbours that are out of order until a pass makes no swap.

Invariant: after pass ``p``, the last ``p`` positions hold the ``p`` largest keys in order, so
each pass can stop one position earlier. A pass with no swap proves the list sorted, which makes
the best case (already sorted input) a single O(n) pass.

Only strictly greater left neighbours are swapped, so equal items never pass each other: bubble
sort is **stable**.

Time O(n²) worst and average, O(n) best; extra space O(1) beyond the copy returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["bubble_sort"]

T = TypeVar("T")


def bubble_sort(items: Iterable[T], key: Callable[[T], Any] | None = None) -> list[T]:
    """Return a new list of ``items`` in ascending order of ``key`` (stable).

    >>> bubble_sort([5, 1, 4, 2, 8])
    [1, 2, 4, 5, 8]
    >>> bubble_sort(["pear", "fig", "kiwi"], key=len)
    ['fig', 'pear', 'kiwi']
    """
    entries = [(x if key is None else key(x), x) for x in items]
    end = len(entries)
    swapped = True
    while swapped and end > 1:
        swapped = False
        for j in range(1, end):
            if entries[j][0] < entries[j - 1][0]:
                entries[j - 1], entries[j] = entries[j], entries[j - 1]
                swapped = True
        end -= 1
    return [x for _, x in entries]
