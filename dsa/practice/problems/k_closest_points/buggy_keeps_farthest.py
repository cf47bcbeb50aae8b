"""Heap the wrong way round: a min-heap of distances evicts the nearest, keeping the farthest."""

import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    heap: list[tuple[int, int, list[int]]] = []
    for i, (x, y) in enumerate(points):
        heapq.heappush(heap, (x * x + y * y, i, [x, y]))
        if len(heap) > k:
            heapq.heappop(heap)
    return [point for _, _, point in heap]
