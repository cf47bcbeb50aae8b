"""Orientation: which way three points turn, and whether two segments cross.

Almost every algorithm in plane geometry rests on one number. For points ``p, q, r`` the
*cross product*

    cross(p, q, r) = (q.x - p.x)(r.y - p.y) - (q.y - p.y)(r.x - p.x)

is twice the signed area of the triangle ``p q r``: positive when ``p → q → r`` turns left
(counter-clockwise), negative when it turns right, zero when the three are collinear. It needs
no angles, no division and no square roots, so with integer (or :class:`fractions.Fraction`)
coordinates the answer is exact.

*Segments.* Segments ``ab`` and ``cd`` cross properly when ``c`` and ``d`` lie strictly on
opposite sides of the line ``ab`` and ``a`` and ``b`` strictly on opposite sides of ``cd``. The
other way to meet is to touch: some endpoint is collinear with the other segment and lies
within its bounding box, hence on it. Those two cases are all (CLRS §33.1).

| function | cost |
|---|---|
| :func:`cross`, :func:`orientation`, :func:`on_segment` | O(1), no division |
| :func:`segments_intersect` | at most 4 orientations and 4 box tests |

With ``float`` coordinates, a nearly collinear triple can get the wrong sign from rounding;
robust geometry libraries use exact or adaptive arithmetic for that reason. Use ints or
Fractions when exactness matters.

>>> orientation((0, 0), (4, 0), (1, 2)), orientation((0, 0), (4, 0), (1, -2))
(1, -1)
>>> segments_intersect((0, 0), (4, 4), (0, 4), (4, 0))
True
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["Point", "cross", "on_segment", "orientation", "segments_intersect"]

#: A point in the plane: ``(x, y)``. Ints or Fractions keep every test exact.
Point = Sequence[float]


def cross(p: Point, q: Point, r: Point) -> float:
    """Twice the signed area of triangle ``p q r``: > 0 for a left turn at ``q``, < 0 right.

    >>> cross((0, 0), (1, 0), (0, 1)), cross((0, 0), (1, 0), (2, 0))
    (1, 0)
    """
    return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])


def orientation(p: Point, q: Point, r: Point) -> int:
    """``1`` if ``p → q → r`` turns counter-clockwise, ``-1`` clockwise, ``0`` if collinear.

    >>> orientation((0, 0), (1, 1), (2, 2)), orientation((0, 0), (0, 1), (-1, 5))
    (0, 1)
    """
    area = cross(p, q, r)
    return (area > 0) - (area < 0)


def on_segment(a: Point, b: Point, p: Point) -> bool:
    """Whether ``p`` lies on the closed segment ``ab`` (endpoints included).

    >>> on_segment((0, 0), (4, 2), (2, 1)), on_segment((0, 0), (4, 2), (6, 3))
    (True, False)
    """
    return (cross(a, b, p) == 0 and min(a[0], b[0]) <= p[0] <= max(a[0], b[0])
            and min(a[1], b[1]) <= p[1] <= max(a[1], b[1]))


def segments_intersect(a: Point, b: Point, c: Point, d: Point) -> bool:
    """Whether the closed segments ``ab`` and ``cd`` share at least one point.

    Touching counts (an endpoint on the other segment), and so does overlapping along a line;
    a segment may be a single point (``a == b``).

    >>> segments_intersect((0, 0), (2, 0), (1, 0), (3, 0))     # overlap on a line
    True
    >>> segments_intersect((0, 0), (2, 0), (2, 0), (2, 5))     # touch at an endpoint
    True
    >>> segments_intersect((0, 0), (2, 0), (3, -1), (3, 1))    # would cross if ab were longer
    False
    """
    o1, o2 = orientation(a, b, c), orientation(a, b, d)
    o3, o4 = orientation(c, d, a), orientation(c, d, b)
    if o1 * o2 < 0 and o3 * o4 < 0:  # each segment's ends strictly on both sides of the other
        return True
    return (on_segment(a, b, c) or on_segment(a, b, d)
            or on_segment(c, d, a) or on_segment(c, d, b))
