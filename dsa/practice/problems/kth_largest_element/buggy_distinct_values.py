"""Drops duplicates: ranks distinct values, so repeated values stop counting separately."""

import heapq


def kth_largest(nums: list[int], k: int) -> int:
    return heapq.nlargest(k, set(nums))[-1] if k <= len(set(nums)) else min(nums)
