"""Forgets the empty case: reads the top of the heap even when every stone was destroyed."""

import heapq


def last_stone_weight(stones: list[int]) -> int:
    heap = [-weight for weight in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        heaviest = -heapq.heappop(heap)
        second = -heapq.heappop(heap)
        if heaviest != second:
            heapq.heappush(heap, second - heaviest)
    return -heap[0]
