"""The tightest fence around points: the corners of the convex hull, by Andrew's monotone chain."""


def _cross(o: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> int:
    """Positive if o → a → b turns left, negative if right, zero if the three are collinear."""
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def _chain(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    chain: list[tuple[int, int]] = []
    for p in points:
        while len(chain) >= 2 and _cross(chain[-2], chain[-1], p) <= 0:
            chain.pop()                  # not a strict left turn: chain[-1] is no corner
        chain.append(p)
    return chain


def convex_hull(points: list[list[int]]) -> list[list[int]]:
    """Return the hull's corners counter-clockwise from the smallest ``[x, y]``.

    Sort the distinct points; the lower chain, left to right, keeps only strict left turns, and
    so does the upper chain, right to left. Each point is pushed and popped at most once per
    chain, so after the O(n log n) sort the rest is O(n). The cross product is exact in integers.
    """
    pts = sorted(set(map(tuple, points)))
    if len(pts) <= 2:
        return [list(p) for p in pts]
    lower, upper = _chain(pts), _chain(pts[::-1])
    return [list(p) for p in lower[:-1] + upper[:-1]]
