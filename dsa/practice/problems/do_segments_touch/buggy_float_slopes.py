"""Floats and an epsilon: intersects the lines with float slopes, so points a hair apart 'touch'."""

EPS = 1e-9


def _on(px, py, ax, ay, bx, by):
    cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax)
    return cross == 0 and min(ax, bx) <= px <= max(ax, bx) and min(ay, by) <= py <= max(ay, by)


def _touch(x1, y1, x2, y2, x3, y3, x4, y4):
    if (x1, y1) == (x2, y2) or (x3, y3) == (x4, y4):
        return (_on(x1, y1, x3, y3, x4, y4) or _on(x3, y3, x1, y1, x2, y2))
    den = float((x2 - x1) * (y4 - y3) - (y2 - y1) * (x4 - x3))
    if abs(den) < EPS:
        return any([_on(x3, y3, x1, y1, x2, y2), _on(x4, y4, x1, y1, x2, y2),
                    _on(x1, y1, x3, y3, x4, y4)])
    t = ((x3 - x1) * (y4 - y3) - (y3 - y1) * (x4 - x3)) / den
    u = ((x3 - x1) * (y2 - y1) - (y3 - y1) * (x2 - x1)) / den
    return -EPS <= t <= 1 + EPS and -EPS <= u <= 1 + EPS


def segments_touch(pairs: list[list[int]]) -> list[bool]:
    return [_touch(*p) for p in pairs]
