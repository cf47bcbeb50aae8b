"""Clockwise: builds the upper chain first, so the corners come out in clockwise order."""


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _chain(points):
    chain = []
    for p in points:
        while len(chain) >= 2 and _cross(chain[-2], chain[-1], p) >= 0:
            chain.pop()
        chain.append(p)
    return chain


def convex_hull(points: list[list[int]]) -> list[list[int]]:
    pts = sorted(set(map(tuple, points)))
    if len(pts) <= 2:
        return [list(p) for p in pts]
    upper, lower = _chain(pts), _chain(pts[::-1])
    return [list(p) for p in upper[:-1] + lower[:-1]]
