"""Wrong distance: ranks points by |x| + |y| instead of the Euclidean distance."""

import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    return [list(p) for p in heapq.nsmallest(k, points, key=lambda p: abs(p[0]) + abs(p[1]))]
