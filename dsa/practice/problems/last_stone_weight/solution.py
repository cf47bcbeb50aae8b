"""Last stone weight: a max-heap (negated heapq) gives the two heaviest stones each turn.

Every turn removes at least one stone, so there are at most n - 1 turns of O(log n) heap work:
O(n log n) time, O(n) extra space for the heap (the input is copied, not modified).
"""

import heapq


def last_stone_weight(stones: list[int]) -> int:
    """Return the weight of the last stone left, or 0 if none is left."""
    heap = [-weight for weight in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        heaviest = -heapq.heappop(heap)
        second = -heapq.heappop(heap)
        if heaviest != second:
            heapq.heappush(heap, second - heaviest)
    return -heap[0] if heap else 0
