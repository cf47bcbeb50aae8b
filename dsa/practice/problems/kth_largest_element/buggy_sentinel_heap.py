"""Bad sentinel: fills the heap with k copies of -10**6 as "smaller than anything", but values
go down to -10**9, so a k-th largest below -10**6 is reported as -10**6."""

import heapq


def kth_largest(nums: list[int], k: int) -> int:
    heap = [-10**6] * k
    for value in nums:
        if value > heap[0]:
            heapq.heapreplace(heap, value)
    return heap[0]
