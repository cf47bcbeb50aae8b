"""Do two line segments touch? Exact intersection tests by orientation signs."""


def _orient(ax: int, ay: int, bx: int, by: int, cx: int, cy: int) -> int:
    """The sign of (b - a) × (c - a): 1 if c is left of line ab, -1 if right, 0 if on it."""
    cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    return (cross > 0) - (cross < 0)


def _within(ax: int, ay: int, bx: int, by: int, px: int, py: int) -> bool:
    """Is p inside the bounding box of segment ab (so on it, if p is on its line)?"""
    return min(ax, bx) <= px <= max(ax, bx) and min(ay, by) <= py <= max(ay, by)


def _touch(x1: int, y1: int, x2: int, y2: int, x3: int, y3: int, x4: int, y4: int) -> bool:
    o1 = _orient(x1, y1, x2, y2, x3, y3)
    o2 = _orient(x1, y1, x2, y2, x4, y4)
    o3 = _orient(x3, y3, x4, y4, x1, y1)
    o4 = _orient(x3, y3, x4, y4, x2, y2)
    if o1 * o2 < 0 and o3 * o4 < 0:
        return True                      # proper crossing: each splits the other's ends
    return ((o1 == 0 and _within(x1, y1, x2, y2, x3, y3))
            or (o2 == 0 and _within(x1, y1, x2, y2, x4, y4))
            or (o3 == 0 and _within(x3, y3, x4, y4, x1, y1))
            or (o4 == 0 and _within(x3, y3, x4, y4, x2, y2)))


def segments_touch(pairs: list[list[int]]) -> list[bool]:
    """For each ``[x1, y1, x2, y2, x3, y3, x4, y4]``: do the two closed segments share a point?

    Two segments meet exactly when they cross properly (each has its ends strictly on both sides
    of the other's line) or an end point of one lies on the other (on its line, and inside its
    bounding box). The orientations are exact integer cross products: no slopes, no division, so
    vertical, nearly parallel and single-point segments need no special care. O(1) per pair.
    """
    return [_touch(*pair) for pair in pairs]
