"""Quickselect: find the k-th smallest item by partitioning around a random pivot, keeping one side.

Sorting answers "what is the k-th smallest?" in O(n log n), but it also orders everything else,
which nobody asked for. Quickselect partitions like quicksort and then throws one side away:
pick a pivot ``p`` at random and split the candidates into three bands,

    < p  |  == p  |  > p

If the k-th position falls in the middle band, ``p`` is the answer; otherwise only the band that
holds position ``k`` can contain it, and the search continues there alone. The three-way split
(Dijkstra's "Dutch national flag") matters when values repeat: the equal band is removed in one
step, so an input of many equal values costs O(n), not O(n²).

Invariant: the answer is the item at position ``k`` of the *sorted* input, and it lies in the
candidate range ``a[lo:hi]``; everything left of ``lo`` is no larger and everything from ``hi``
on no smaller. Each round shrinks the range, so the loop ends.

Costs, counted in comparisons (each candidate is compared with the pivot once or twice):

* Expected: O(n). A random pivot lands in the middle half with probability 1/2, which shrinks the
  range to at most 3/4 of its size, so the ranges shrink geometrically. Exactly, the expected
  number of candidates examined is at most ``2 (1 + ln 2) n ≈ 3.39 n`` (the worst ``k`` is the
  median); a candidate below the pivot costs one comparison and any other two, so the expected
  comparisons stay under 6.8 n (measured at the median: about 4.5 n).
* Worst case: Θ(n²) — when every pivot happens to be the smallest or largest candidate. A random
  pivot makes this vanishingly unlikely for any input, but no input is immune; for a guarantee
  use :mod:`dsa.selection.median_of_medians`.
* Space: O(n) for the working copy (the input is not changed), O(1) besides; a loop, no
  recursion.

>>> quickselect([7, 1, 5, 3, 9], 2)          # sorted: 1 3 5 7 9
5
>>> quickselect(["pear", "fig", "banana"], 0, key=len)
'fig'
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

__all__ = ["quickselect"]


def quickselect(
    items: Sequence[T],
    k: int,
    *,
    key: Callable[[T], Any] | None = None,
    seed: int | random.Random = 0,
) -> T:
    """Return the item that would be at index ``k`` of ``sorted(items, key=key)``.

    ``k`` counts from 0 (``k = 0`` is the minimum); a negative ``k`` counts from the end, as an
    index does. The pivots come from ``random.Random(seed)``, so the same call always takes the
    same path (as :func:`dsa.sorting.quick_sort.quick_sort` does); ``seed`` may also be a
    ``random.Random`` to draw them from.

    >>> quickselect([4, 4, 1, 4], 1)
    4
    >>> quickselect(range(10), -1)
    9
    >>> quickselect([3, 1, 2], 3)
    Traceback (most recent call last):
        ...
    IndexError: k=3 is out of range for 3 items; use 0 <= k < 3 (or -3 <= k < 0)
    """
    n = len(items)
    _check_rank(n, k)
    k %= n
    rng = seed if isinstance(seed, random.Random) else random.Random(seed)
    keys = list(items) if key is None else [key(x) for x in items]
    order = list(range(n))  # positions into items, rearranged in place of the items themselves
    lo, hi = 0, n
    while True:
        lt, gt = _partition3(keys, order, lo, hi, rng.randrange(lo, hi))
        if k < lt:
            hi = lt
        elif k >= gt:
            lo = gt
        else:
            return items[order[k]]


def _check_rank(n: int, k: int) -> None:
    if n == 0:
        raise IndexError(f"k={k} is out of range: there are no items to select from")
    if not -n <= k < n:
        raise IndexError(f"k={k} is out of range for {n} items; use 0 <= k < {n} "
                         f"(or {-n} <= k < 0)")


def _partition3(
    keys: list[Any], order: list[int], lo: int, hi: int, pivot_at: int
) -> tuple[int, int]:
    """Rearrange ``order[lo:hi]`` into bands < pivot, == pivot, > pivot; return the equal band.

    Invariant of the sweep: ``order[lo:lt]`` < p, ``order[lt:i]`` == p, ``order[gt:hi]`` > p,
    and ``order[i:gt]`` is not yet looked at.
    """
    p = keys[order[pivot_at]]
    lt, i, gt = lo, lo, hi
    while i < gt:
        x = keys[order[i]]
        if x < p:
            order[lt], order[i] = order[i], order[lt]
            lt += 1
            i += 1
        elif p < x:
            gt -= 1
            order[gt], order[i] = order[i], order[gt]
        else:
            i += 1
    return lt, gt
