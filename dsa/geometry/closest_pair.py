"""Closest pair of points: divide and conquer in O(n log n) instead of comparing all pairs.

Checking every pair costs ``n(n-1)/2`` distances. Divide and conquer (Shamos and Hoey, 1975)
does better:

1. sort the points by ``x`` once, and split them at the median ``x`` into a left and a right
   half;
2. solve each half; let ``δ`` be the smaller of the two answers;
3. the only pairs left to check have one point on each side, both within ``δ`` of the dividing
   line — the *strip*. Taken in order of ``y``, a strip point needs comparing only with the
   points after it whose ``y`` is less than ``δ`` above its own.

Why step 3 is cheap: those candidates lie in a ``2δ × δ`` rectangle, and points on the same
side are at least ``δ`` apart, so at most 8 fit (two ``δ × δ`` squares of four corners each) —
at most 7 others per point, a constant. Each half returns its points sorted by ``y`` too,
merged as in merge sort, so the strip is in ``y`` order without sorting again.

Invariant: a call on ``points[lo:hi]`` leaves ``best`` at most the closest distance within it,
and returns those points sorted by ``y``.

| step | cost |
|---|---|
| sort by ``x`` | O(n log n) |
| each level of the recursion | O(n): a merge, and at most 7 distances per strip point |
| all together | O(n log n) distance computations and comparisons, O(n) space |

The recursion halves the range, so it is ``log2 n`` calls deep: a million points need only
twenty frames.

Distances are compared squared, so integer coordinates give exact answers.

>>> closest_pair([(0, 0), (5, 4), (3, 1), (9, 9), (4, 3)])
((4, 3), (5, 4))
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from dsa.geometry.orientation import Point

__all__ = ["closest_pair"]


def _squared_distance(p: tuple, q: tuple) -> float:
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2


def _merge_by_y(left: list[tuple], right: list[tuple]) -> list[tuple]:
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if right[j][1] < left[i][1]:
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:] + right[j:]


class _Best:
    """The closest pair found so far, shared by the recursive calls."""

    def __init__(self) -> None:
        self.distance: float = math.inf  # squared
        self.pair: tuple[tuple, tuple] = ((), ())

    def offer(self, p: tuple, q: tuple) -> None:
        d = _squared_distance(p, q)
        if d < self.distance:
            self.distance, self.pair = d, (p, q)


def _solve(by_x: list[tuple], lo: int, hi: int, best: _Best) -> list[tuple]:
    if hi - lo <= 3:
        for i in range(lo, hi):
            for j in range(i + 1, hi):
                best.offer(by_x[i], by_x[j])
        return sorted(by_x[lo:hi], key=lambda p: p[1])
    middle = (lo + hi) // 2
    line = by_x[middle][0]
    # Two calls on halves: depth log2 n, fine without an explicit stack.
    by_y = _merge_by_y(_solve(by_x, lo, middle, best), _solve(by_x, middle, hi, best))
    strip = [p for p in by_y if (p[0] - line) ** 2 < best.distance]
    for i, p in enumerate(strip):
        for q in strip[i + 1 :]:
            if (q[1] - p[1]) ** 2 >= best.distance:
                break  # every later point is even higher
            best.offer(p, q)
    return by_y


def closest_pair(points: Iterable[Point]) -> tuple[tuple, tuple]:
    """Two of ``points`` at the smallest distance from each other (``math.dist`` gives it).

    Repeated points are at distance 0, so they are returned if present.

    >>> p, q = closest_pair([(0, 0), (10, 10), (3, 4)]); p, q, math.dist(p, q)
    ((0, 0), (3, 4), 5.0)
    >>> closest_pair([(1, 1)])
    Traceback (most recent call last):
        ...
    ValueError: closest_pair needs at least two points, got 1
    """
    by_x = sorted((p[0], p[1]) for p in points)
    if len(by_x) < 2:
        raise ValueError(f"closest_pair needs at least two points, got {len(by_x)}")
    best = _Best()
    _solve(by_x, 0, len(by_x), best)
    return best.pair
