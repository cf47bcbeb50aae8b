"""Insertion sort: grow a sorted prefix one item at a time.

Invariant: before step ``i``, ``entries[:i]`` is sorted. Step ``i`` takes ``entries[i]`` and
slides it left past every entry with a strictly greater key. Because it stops at an equal key,
equal items keep their input order: insertion sort is **stable**.

Each slide past a larger key removes exactly one inversion (a pair out of order), so the work is
O(n + inversions): O(n) on sorted input, O(n²) on reversed or random input. That is why it is
the sort of choice for short or nearly sorted runs (Timsort sorts its short runs with a
binary-search variant of it).

Time O(n²) worst and average, O(n) best; extra space O(1) beyond the copy returned.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["insertion_sort"]

T = TypeVar("T")


def insertion_sort(items: Iterable[T], key: Callable[[T], Any] | None = None) -> list[T]:
    """Return a new list of ``items`` in ascending order of ``key`` (stable).

    >>> insertion_sort([5, 2, 4, 6, 1, 3])
    [1, 2, 3, 4, 5, 6]
    >>> insertion_sort(["bb", "a", "cc", "d"], key=len)
    ['a', 'd', 'bb', 'cc']
    >>> insertion_sort([])
    []
    """
    # Pairs of (key, item): keys are computed once and only keys are ever compared.
    entries = [(x if key is None else key(x), x) for x in items]
    for i in range(1, len(entries)):
        current = entries[i]
        j = i
        while j > 0 and current[0] < entries[j - 1][0]:
            entries[j] = entries[j - 1]
            j -= 1
        entries[j] = current
    return [x for _, x in entries]
