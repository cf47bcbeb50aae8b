"""Keeps collinear points: pops only on a strict right turn, so posts mid-edge stay as corners."""


def _cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _chain(points):
    chain = []
    for p in points:
        while len(chain) >= 2 and _cross(chain[-2], chain[-1], p) < 0:
            chain.pop()
        chain.append(p)
    return chain


def convex_hull(points: list[list[int]]) -> list[list[int]]:
    pts = sorted(set(map(tuple, points)))
    if len(pts) <= 2:
        return [list(p) for p in pts]
    lower, upper = _chain(pts), _chain(pts[::-1])
    return [list(p) for p in lower[:-1] + upper[:-1]]
