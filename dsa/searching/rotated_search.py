"""Search a sorted array that has been rotated, e.g. ``[4, 5, 6, 7, 0, 1, 2]``.

Cut a rotated array anywhere and at least one of the two halves is sorted in the ordinary way.
Invariant: if ``x`` is present, it lies in ``a[lo:hi]``. Each step compares the middle with the
range's first element to learn which half is sorted, checks whether ``x`` falls inside that
sorted half's range of values, and keeps that half or the other accordingly.

The values must be distinct: with duplicates (``[1, 1, 1, 0, 1]``) the first and middle elements
can be equal and no longer tell which half is sorted, and the worst case becomes O(n).

Time O(log n), space O(1).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def search_rotated(a: Sequence[Any], x: Any) -> int:
    """Return the index of ``x`` in a rotated sorted sequence of distinct values, or ``-1``.

    >>> search_rotated([4, 5, 6, 7, 0, 1, 2], 0)
    4
    >>> search_rotated([4, 5, 6, 7, 0, 1, 2], 3)
    -1
    >>> search_rotated([], 1)
    -1
    """
    lo, hi = 0, len(a)
    while lo < hi:
        middle = (lo + hi) // 2
        value = a[middle]
        if value == x:
            return middle
        first = a[lo]
        if first <= value:  # a[lo..middle] is sorted
            if first <= x < value:
                hi = middle
            else:
                lo = middle + 1
        else:  # a[middle..hi-1] is sorted
            if value < x <= a[hi - 1]:
                lo = middle + 1
            else:
                hi = middle
    return -1
