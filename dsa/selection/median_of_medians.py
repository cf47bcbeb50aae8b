"""Median of medians: the k-th smallest item in worst-case linear time, with no randomness.

Quickselect (:mod:`dsa.selection.quickselect`) is fast on average but quadratic when its pivots
are unlucky. Blum, Floyd, Pratt, Rivest and Tarjan (1973) showed how to choose a pivot that is
never unlucky:

1. Cut the candidates into groups of five and find each group's median (a handful of
   comparisons per group).
2. Find the median ``p`` of those ``n/5`` medians — by calling this same selection on them.
3. Partition around ``p`` three ways and keep the band that holds position ``k``, as quickselect
   does.

Why ``p`` is a good pivot: half of the group medians are ``<= p``, and each of those has two more
items of its group below it, so at least about ``3/10`` of all candidates are ``<= p``; by the
same argument at least ``3/10`` are ``>= p``. Whichever side survives holds at most about
``7n/10`` candidates. The work then obeys

    T(n) <= T(n/5) + T(7n/10) + c·n

and because ``1/5 + 7/10 < 1`` the sizes of the subproblems shrink geometrically: T(n) = O(n).
The constant is large — this code makes about 8–11 comparisons per item where quickselect's
random pivot averages about 5 — so in practice it serves as a fallback (introselect) or as a
proof that selection needs only linear time.

Invariant: as in quickselect, the answer lies in the candidate range, with nothing larger to its
left and nothing smaller to its right.

| cost | bound |
|---|---|
| comparisons, worst case | O(n) (measured: under 12 n on every input tried) |
| extra space | O(n) for the working copy |
| recursion depth | O(log n): only step 2 recurses, on a fifth of the candidates |

>>> median_of_medians([9, 1, 8, 2, 7, 3, 6, 4, 5], 4)
5
>>> median_of_medians(["kiwi", "fig", "banana"], -1, key=len)
'banana'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from dsa.selection.quickselect import _check_rank, _partition3

T = TypeVar("T")

__all__ = ["median_of_medians"]

#: Ranges this small are finished by insertion sort: grouping them would not pay off.
SMALL = 10


def median_of_medians(
    items: Sequence[T], k: int, *, key: Callable[[T], Any] | None = None
) -> T:
    """Return the item that would be at index ``k`` of ``sorted(items, key=key)``.

    Same contract as :func:`dsa.selection.quickselect.quickselect`, deterministic and linear in
    the worst case.

    >>> median_of_medians([5, 5, 5, 1], 3)
    5
    >>> median_of_medians([], 0)
    Traceback (most recent call last):
        ...
    IndexError: k=0 is out of range: there are no items to select from
    """
    n = len(items)
    _check_rank(n, k)
    keys = list(items) if key is None else [key(x) for x in items]
    order = list(range(n))
    return items[order[_select(keys, order, 0, n, k % n)]]


def _select(keys: list[Any], order: list[int], lo: int, hi: int, k: int) -> int:
    """Rearrange ``order[lo:hi]`` so that position ``k`` holds its sorted entry; return ``k``."""
    while hi - lo > SMALL:  # the surviving side is handled by this loop, not by recursion
        lt, gt = _partition3(keys, order, lo, hi, _pivot(keys, order, lo, hi))
        if k < lt:
            hi = lt
        elif k >= gt:
            lo = gt
        else:
            return k
    _insertion_sort(keys, order, lo, hi)
    return k


def _pivot(keys: list[Any], order: list[int], lo: int, hi: int) -> int:
    """The position in ``order`` of the median of the group-of-five medians of ``order[lo:hi]``.

    Each group's median is swapped to the front of the range, so the medians end up contiguous
    in ``order[lo:lo + groups]`` and can be selected from in place.
    """
    groups = 0
    for start in range(lo, hi, 5):
        end = min(start + 5, hi)
        _insertion_sort(keys, order, start, end)
        middle = (start + end - 1) // 2
        order[lo + groups], order[middle] = order[middle], order[lo + groups]
        groups += 1
    # The one recursive call, on a fifth of the range: depth log5 n, not n.
    return _select(keys, order, lo, lo + groups, lo + (groups - 1) // 2)


def _insertion_sort(keys: list[Any], order: list[int], lo: int, hi: int) -> None:
    for i in range(lo + 1, hi):
        moving = order[i]
        j = i
        while j > lo and keys[moving] < keys[order[j - 1]]:
            order[j] = order[j - 1]
            j -= 1
        order[j] = moving
