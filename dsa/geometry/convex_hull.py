"""Convex hull by Andrew's monotone chain: sort the points, then walk left to right and back.

The convex hull of a set of points is the smallest convex polygon that contains them all — a
rubber band snapped around nails. Its corners are some of the points.

*Monotone chain* (Andrew, 1979). Sort the points by ``x`` (then ``y``). The leftmost and
rightmost points are on the hull and split it into a lower chain and an upper chain. Build the
lower chain by scanning left to right, keeping a stack of points: before pushing a point, pop
the top of the stack while the last two stack points and the new one do not make a strict left
turn (:func:`~dsa.geometry.orientation.cross` ``<= 0``). Scan right to left the same way for the
upper chain, and join the two.

Invariant: the stack always turns left at every inner point — it is the lower hull of the
points scanned so far.

*Cost.* Sorting is O(n log n). Each point is pushed once and popped at most once per chain,
so the two scans make at most ``4n`` cross products — O(n). Sorting dominates, which cannot be
avoided in general: a hull algorithm can sort numbers (put ``x`` at ``(x, x²)``). When ``h``
corners are expected to be few, output-sensitive methods (Chan's) reach O(n log h).

| step | cost |
|---|---|
| sort | O(n log n) comparisons |
| the two chains | ≤ 4n cross products |
| space | O(n) |

The result lists each corner once, counter-clockwise, starting from the smallest point
(lowest ``x``, then lowest ``y``). Points on an edge between two corners are not corners and
are left out; duplicates are ignored. Fewer than three distinct points, or all collinear, give
just the distinct extremes.

>>> convex_hull([(0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 0)])
[(0, 0), (2, 0), (2, 2), (0, 2)]
"""

from __future__ import annotations

from collections.abc import Iterable

from dsa.geometry.orientation import Point, cross

__all__ = ["convex_hull"]


def _chain(points: list[tuple], chain: list[tuple]) -> list[tuple]:
    """Extend ``chain`` by ``points`` in order, keeping only strict left turns."""
    for p in points:
        while len(chain) >= 2 and cross(chain[-2], chain[-1], p) <= 0:
            chain.pop()
        chain.append(p)
    return chain


def convex_hull(points: Iterable[Point]) -> list[tuple]:
    """The corners of the convex hull of ``points``, counter-clockwise from the smallest.

    >>> convex_hull([(3, 1), (0, 0), (1, 1), (3, 1)])          # duplicates ignored
    [(0, 0), (3, 1), (1, 1)]
    >>> convex_hull([(0, 0), (1, 1), (2, 2)])                  # collinear: the two ends
    [(0, 0), (2, 2)]
    >>> convex_hull([(5, 5)]), convex_hull([])
    ([(5, 5)], [])
    """
    distinct = sorted({(p[0], p[1]) for p in points})
    if len(distinct) <= 2:
        return distinct
    lower = _chain(distinct, [])
    upper = _chain(reversed(distinct), [])
    # Each chain ends where the other starts; drop those repeats. All-collinear input leaves
    # both chains as the same two ends, and the joined hull is just those two.
    hull = lower[:-1] + upper[:-1]
    return hull if len(hull) > 2 else [distinct[0], distinct[-1]]
