"""Neighbours only: compares each value with the next one without sorting first."""


def contains_duplicate(nums: list[int]) -> bool:
    return any(nums[i] == nums[i + 1] for i in range(len(nums) - 1))
