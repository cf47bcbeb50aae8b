"""Mutates the input: sorts the caller's nums in place, which the statement forbids."""


def kth_largest(nums: list[int], k: int) -> int:
    nums.sort(reverse=True)
    return nums[k - 1]
