"""Wrong end: counts k from the largest value instead of the smallest."""

import heapq


def kth_smallest(nums: list[int], k: int) -> int:
    return heapq.nlargest(k, nums)[-1]
