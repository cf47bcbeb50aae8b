"""Counting sort: sort integer keys by counting them, never comparing.

When every key is an integer in a small range ``[lo, hi]``, count how many items have each key,
turn the counts into starting positions with a running (prefix) sum, then walk the input once and
drop each item into the next free slot for its key. No comparisons at all, so the Ω(n log n)
bound for comparison sorts does not apply.

Invariant of the placement pass: ``start[k]`` is the next free output slot for key ``k``.
Scanning the input left to right and filling slots left to right keeps equal keys in input
order: counting sort is **stable**, which is what lets radix sort build on it.

Time O(n + k) and extra space O(n + k), with ``k = hi - lo + 1`` the size of the key range.
That is a good bargain only while ``k`` is not much larger than ``n``: three keys spread over
ten million values would allocate and scan ten million counters. So a range wider than
``16 n + 65536`` is refused with a ``ValueError`` that names it; for such keys use ``sorted``
(O(n log n), whatever the range) or :func:`dsa.sorting.radix_sort`, whose cost grows with the
number of digits, ``log k``, rather than with ``k``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

__all__ = ["counting_sort"]

T = TypeVar("T")

# A range this wide costs little whatever n is (a list of 65,536 counters); beyond it the
# counters may outnumber the keys by at most this factor before counting stops paying.
_SPAN_SLACK = 1 << 16
_SPAN_PER_KEY = 16


def _check_span(lo: int, hi: int, n: int) -> None:
    span = hi - lo + 1
    if span > _SPAN_PER_KEY * n + _SPAN_SLACK:
        raise ValueError(
            f"counting_sort would need {span} counters for {n} keys (range {lo}..{hi}); "
            "for a range this much wider than the input use sorted() or radix_sort"
        )


def counting_sort(items: Iterable[T], key: Callable[[T], int] | None = None) -> list[T]:
    """Return a new list of ``items`` in ascending order of their integer ``key`` (stable).

    Keys may be negative; the range is shifted to start at the smallest key.

    >>> counting_sort([4, 2, 2, 8, 3, 3, 1])
    [1, 2, 2, 3, 3, 4, 8]
    >>> counting_sort([(1, 'x'), (-2, 'y'), (1, 'z')], key=lambda p: p[0])
    [(-2, 'y'), (1, 'x'), (1, 'z')]
    >>> counting_sort([1.5])
    Traceback (most recent call last):
    ...
    TypeError: counting_sort needs integer keys, got 1.5 (float); use a comparison sort instead
    >>> counting_sort([10**7, 0, 5])
    Traceback (most recent call last):
    ...
    ValueError: counting_sort would need 10000001 counters for 3 keys (range 0..10000000); ...
    """
    items = list(items)
    keys = [x if key is None else key(x) for x in items]
    if not items:
        return []
    for k in keys:
        if not isinstance(k, int):
            raise TypeError(
                f"counting_sort needs integer keys, got {k!r} ({type(k).__name__}); "
                "use a comparison sort instead"
            )
    lo, hi = min(keys), max(keys)
    _check_span(lo, hi, len(keys))
    counts = [0] * (hi - lo + 1)
    for k in keys:
        counts[k - lo] += 1
    start = [0] * len(counts)
    for k in range(1, len(counts)):
        start[k] = start[k - 1] + counts[k - 1]
    result: list[T] = [None] * len(items)  # type: ignore[list-item]
    for k, x in zip(keys, items, strict=True):
        result[start[k - lo]] = x
        start[k - lo] += 1
    return result
