"""Proper crossings only: segments that meet at an end point or overlap are reported apart."""


def _orient(ax, ay, bx, by, cx, cy):
    cross = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
    return (cross > 0) - (cross < 0)


def segments_touch(pairs: list[list[int]]) -> list[bool]:
    out = []
    for x1, y1, x2, y2, x3, y3, x4, y4 in pairs:
        o1, o2 = _orient(x1, y1, x2, y2, x3, y3), _orient(x1, y1, x2, y2, x4, y4)
        o3, o4 = _orient(x3, y3, x4, y4, x1, y1), _orient(x3, y3, x4, y4, x2, y2)
        out.append(o1 * o2 < 0 and o3 * o4 < 0)
    return out
