"""Zero-bit code: a lone symbol gets the empty code word, so the answer is 0, not one bit each."""

import heapq


def fewest_bits(counts: list[int]) -> int:
    heap = list(counts)
    heapq.heapify(heap)
    total = 0
    while len(heap) > 1:
        merged = heapq.heappop(heap) + heapq.heappop(heap)
        total += merged
        heapq.heappush(heap, merged)
    return total
