"""Modifies the input: keeps the tails of the piles in nums itself to save memory."""

from bisect import bisect_left


def length_of_lis(nums: list[int]) -> int:
    size = 0
    for value in nums:
        i = bisect_left(nums, value, 0, size)
        nums[i] = value
        size = max(size, i + 1)
    return size
