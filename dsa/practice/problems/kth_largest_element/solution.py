"""Kth largest element: a min-heap holding the k largest values seen so far.

After each value is pushed, popping while the heap holds more than k values discards the smallest,
so the heap always keeps the k largest so far and its top is the smallest of them: the k-th largest.
Each push and pop costs O(log k): O(n log k) time, O(k) extra space.
"""

import heapq


def kth_largest(nums: list[int], k: int) -> int:
    """Return the value at position ``k`` (from 1) of ``nums`` sorted from largest to smallest."""
    heap: list[int] = []
    for value in nums:
        if len(heap) < k:
            heapq.heappush(heap, value)
        elif value > heap[0]:
            heapq.heapreplace(heap, value)
    return heap[0]
