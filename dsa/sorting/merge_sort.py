"""Merge sort: sort each half, then merge the two sorted halves.

The merge is the whole idea. Two sorted lists are merged by repeatedly taking the smaller of their
two front items; each comparison places one item, so merging ``n`` items costs at most ``n - 1``
comparisons. Halving gives ``log2 n`` levels of merging, hence O(n log n) in every case: the
comparison count C(n) satisfies C(n) ≤ 2·C(n/2) + n - 1.

On a tie the merge takes from the **left** half, so equal items keep their input order: merge
sort is **stable** (this is why Python's own sort, Timsort, is built on merging).

Time O(n log n) always; extra space O(n) for the merge buffers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

__all__ = ["merge", "merge_sort"]

T = TypeVar("T")


def merge_sort(items: Iterable[T], key: Callable[[T], Any] | None = None) -> list[T]:
    """Return a new list of ``items`` in ascending order of ``key`` (stable).

    >>> merge_sort([38, 27, 43, 3, 9, 82, 10])
    [3, 9, 10, 27, 38, 43, 82]
    >>> merge_sort([("b", 1), ("a", 2), ("b", 0)], key=lambda p: p[0])
    [('a', 2), ('b', 1), ('b', 0)]
    """
    entries = [(x if key is None else key(x), x) for x in items]
    return [x for _, x in _sort(entries)]


def _sort(entries: list[tuple[Any, T]]) -> list[tuple[Any, T]]:
    # Recursion halves the list each level, so it is only ceil(log2 n) deep: 30 for 10**9 items.
    if len(entries) <= 1:
        return entries
    middle = len(entries) // 2
    return merge(_sort(entries[:middle]), _sort(entries[middle:]))


def merge(left: list[tuple[Any, T]], right: list[tuple[Any, T]]) -> list[tuple[Any, T]]:
    """Merge two lists of ``(key, item)`` pairs, each sorted by key, into one (left wins ties).

    >>> merge([(1, 'a'), (3, 'b')], [(1, 'c'), (2, 'd')])
    [(1, 'a'), (1, 'c'), (2, 'd'), (3, 'b')]
    """
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        # "right < left" rather than "left <= right": one comparison, and ties go left.
        if right[j][0] < left[i][0]:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
