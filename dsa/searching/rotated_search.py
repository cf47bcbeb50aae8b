"""Search a sorted array that has been rotated, e.g. ``[4, 5, 6, 7, 0, 1, 2]``.

Cut a rotated array anywhere and at least one of the two halves is sorted in the ordinary way.
Invariant: if ``x`` is present, it lies in ``a[lo:hi]``. Each step compares the middle with the
range's first element to learn which half is sorted, checks whether ``x`` falls inside that
sorted half's range of values, and keeps that half or the other accordingly.

Duplicates are allowed, at a price. In ``[1, 1, 1, 0, 1]`` the first, middle and last elements
are all equal, and they no longer tell which half is sorted: the 0 could be on either side. The
only safe step then is to drop the two ends (neither is ``x``, since they equal the middle) and
look again. Whenever the three differ the usual test still works: if the first equals the
middle but not the last, the drop cannot lie in the left half, so that half is sorted.

Time O(log n) for distinct values; with duplicates O(log n) plus one step per pair of ends
dropped, O(n) in the worst case (``[1] * n`` with one 0 hidden anywhere must be read almost
entirely, since no comparison rules out any position). Space O(1).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["search_rotated"]


def search_rotated(a: Sequence[Any], x: Any) -> int:
    """Return an index of ``x`` in a rotated sorted sequence, or ``-1`` if ``x`` is absent.

    With distinct values the index is unique; with duplicates it is one of ``x``'s positions.

    >>> search_rotated([4, 5, 6, 7, 0, 1, 2], 0)
    4
    >>> search_rotated([4, 5, 6, 7, 0, 1, 2], 3)
    -1
    >>> search_rotated([1, 1, 1, 0, 1], 0), search_rotated([], 1)
    (3, -1)
    """
    lo, hi = 0, len(a)
    while lo < hi:
        middle = (lo + hi) // 2
        value = a[middle]
        if value == x:
            return middle
        first = a[lo]
        if first == value == a[hi - 1]:  # duplicates hide the sorted half: shrink both ends
            lo, hi = lo + 1, hi - 1
        elif first <= value:  # a[lo..middle] is sorted
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
