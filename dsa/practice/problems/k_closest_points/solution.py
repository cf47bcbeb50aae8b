"""K closest points: a max-heap of the k nearest points seen so far, keyed by squared distance.

Squared distance orders points like distance without any rounding. heapq is a min-heap, so
storing the negated squared distance puts the farthest of the kept points on top, where it can be
evicted when a nearer point arrives. O(n log k) time, O(k) extra space.
"""

import heapq


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    """Return ``k`` of ``points`` nearest to (0, 0), as ``[x, y]`` lists in any order."""
    heap: list[tuple[int, int, list[int]]] = []  # the index breaks ties so lists never compare
    for i, (x, y) in enumerate(points):
        entry = (-(x * x + y * y), i, [x, y])
        if len(heap) < k:
            heapq.heappush(heap, entry)
        elif entry[0] > heap[0][0]:
            heapq.heapreplace(heap, entry)
    return [point for _, _, point in heap]
