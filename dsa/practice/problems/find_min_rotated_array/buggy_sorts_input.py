"""Modifies the input: sorts nums in place and returns the first element."""


def find_min(nums: list[int]) -> int:
    nums.sort()
    return nums[0]
