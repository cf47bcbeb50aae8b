"""Gift wrapping (Jarvis march): correct corners, but one scan of all points per corner, O(n·h)."""


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _dist2(a, b):
    return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2


def convex_hull(points: list[list[int]]) -> list[list[int]]:
    pts = sorted(set(map(tuple, points)))
    if len(pts) <= 2:
        return [list(p) for p in pts]
    hull, current = [], pts[0]
    while True:
        hull.append(current)
        candidate = pts[0] if pts[0] != current else pts[1]
        for p in pts:
            turn = _cross(current, candidate, p)
            if turn < 0 or (turn == 0 and _dist2(current, p) > _dist2(current, candidate)):
                candidate = p
        current = candidate
        if current == hull[0]:
            break
    return [list(p) for p in hull]
