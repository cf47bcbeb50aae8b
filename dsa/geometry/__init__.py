"""Computational geometry: points in the plane, decided by exact signs rather than angles.

* :mod:`~dsa.geometry.orientation` — the cross product, which way three points turn, and whether
  two segments meet;
* :mod:`~dsa.geometry.convex_hull` — Andrew's monotone chain, O(n log n);
* :mod:`~dsa.geometry.closest_pair` — divide and conquer, O(n log n).

A point is any pair ``(x, y)``. The algorithms only add, subtract, multiply and compare, so with
``int`` or :class:`fractions.Fraction` coordinates every answer is exact; with ``float`` a nearly
degenerate input (three almost collinear points) can be misjudged by rounding.

>>> from dsa.geometry import convex_hull, orientation
>>> orientation((0, 0), (1, 0), (1, 1)), convex_hull([(0, 0), (1, 0), (0, 1), (1, 1)])
(1, [(0, 0), (1, 0), (1, 1), (0, 1)])
"""

from dsa.geometry.closest_pair import closest_pair
from dsa.geometry.convex_hull import convex_hull
from dsa.geometry.orientation import Point, cross, on_segment, orientation, segments_intersect

__all__ = [
    "Point",
    "closest_pair",
    "convex_hull",
    "cross",
    "on_segment",
    "orientation",
    "segments_intersect",
]
