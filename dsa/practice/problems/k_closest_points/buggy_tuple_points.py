"""Wrong type: returns each point as an (x, y) tuple, not an [x, y] list."""

import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    return [(x, y) for x, y in heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)]
