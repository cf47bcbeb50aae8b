"""Greedy chain: always walks from the last point to its nearest unvisited point (not an MST)."""


def min_cost_connect_points(points: list[list[int]]) -> int:
    unvisited = set(range(1, len(points)))
    current, total = 0, 0
    while unvisited:
        x, y = points[current]
        nxt = min(unvisited, key=lambda i: (abs(points[i][0] - x) + abs(points[i][1] - y), i))
        total += abs(points[nxt][0] - x) + abs(points[nxt][1] - y)
        unvisited.remove(nxt)
        current = nxt
    return total
