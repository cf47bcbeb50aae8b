"""Binary search: find a boundary in sorted data by halving the candidates each step.

Every variant here is one function, :func:`first_true`: given a predicate that is false and then
true across ``lo..hi-1`` (monotone), find the first index where it is true. The invariant is

    ``pred`` is false everywhere left of ``lo`` and true everywhere from ``hi`` on,

and each step looks at the middle of ``[lo, hi)`` and moves one end past it, halving the range
until ``lo == hi``, which is the answer. No "found it, stop early" case, no off-by-one guesses:
the half-open range and the invariant decide every ``+1``.

* :func:`bisect_left` — first index whose value is ``>= x`` (where ``x`` would go before its
  equals), like :func:`bisect.bisect_left`.
* :func:`bisect_right` — first index whose value is ``> x`` (after its equals), like
  :func:`bisect.bisect_right`.
* :func:`binary_search` — the index of some ``x`` (the leftmost), or ``-1``, like ``str.find``.

Each call reads at most ``ceil(log2(n + 1))`` elements: O(log n) time, O(1) space.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["binary_search", "bisect_left", "bisect_right", "first_true"]

_ABSENT = object()


def first_true(lo: int, hi: int, pred: Callable[[int], bool]) -> int:
    """Return the smallest ``i`` in ``[lo, hi)`` with ``pred(i)`` true, or ``hi`` if there is none.

    ``pred`` must be monotone on the range: once true, true for every larger index. That makes it
    a search "on the answer" too, e.g. the integer square root below.

    >>> first_true(0, 10, lambda i: i >= 7)
    7
    >>> first_true(0, 10, lambda i: False)
    10
    >>> first_true(1, 10**6, lambda r: r * r > 2024) - 1   # isqrt(2024)
    44
    """
    if lo > hi:
        raise ValueError(f"empty search range: lo={lo} is greater than hi={hi}")
    while lo < hi:
        middle = (lo + hi) // 2
        if pred(middle):
            hi = middle
        else:
            lo = middle + 1
    return lo


def _bounds(a: Sequence[Any], lo: int, hi: int | None) -> tuple[int, int]:
    if lo < 0:
        raise ValueError(f"lo must be non-negative, got {lo}")
    return lo, len(a) if hi is None else hi


def bisect_left(
    a: Sequence[Any],
    x: Any,
    lo: int = 0,
    hi: int | None = None,
    *,
    key: Callable[[Any], Any] | None = None,
) -> int:
    """Return the first index in sorted ``a[lo:hi]`` whose value is not less than ``x``.

    Inserting ``x`` there keeps ``a`` sorted, before any equal values. ``key`` applies to the
    elements of ``a`` only, as in :func:`bisect.bisect_left`.

    >>> bisect_left([10, 20, 20, 30], 20)
    1
    >>> bisect_left([10, 20, 20, 30], 25)
    3
    >>> bisect_left([("a", 1), ("b", 5)], 5, key=lambda p: p[1])
    1
    """
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        return first_true(lo, hi, lambda i: not a[i] < x)
    return first_true(lo, hi, lambda i: not key(a[i]) < x)


def bisect_right(
    a: Sequence[Any],
    x: Any,
    lo: int = 0,
    hi: int | None = None,
    *,
    key: Callable[[Any], Any] | None = None,
) -> int:
    """Return the first index in sorted ``a[lo:hi]`` whose value is greater than ``x``.

    Inserting ``x`` there keeps ``a`` sorted, after any equal values.

    >>> bisect_right([10, 20, 20, 30], 20)
    3
    >>> bisect_right([10, 20, 20, 30], 5)
    0
    """
    lo, hi = _bounds(a, lo, hi)
    if key is None:
        return first_true(lo, hi, lambda i: x < a[i])
    return first_true(lo, hi, lambda i: x < key(a[i]))


def binary_search(a: Sequence[Any], x: Any) -> int:
    """Return the index of the leftmost ``x`` in sorted ``a``, or ``-1`` if ``x`` is absent.

    >>> binary_search([1, 3, 3, 3, 9], 3)
    1
    >>> binary_search([1, 3, 9], 4)
    -1
    """
    lo, hi = 0, len(a)
    candidate = _ABSENT
    while lo < hi:  # bisect_left's loop, remembering the value read where hi last moved
        middle = (lo + hi) // 2
        value = a[middle]
        if value < x:
            lo = middle + 1
        else:
            hi, candidate = middle, value
    # The answer lo == hi was last set by a read of a[hi], so checking equality needs no
    # extra read: that keeps the whole call within ceil(log2(n + 1)) reads.
    return lo if candidate is not _ABSENT and candidate == x else -1
