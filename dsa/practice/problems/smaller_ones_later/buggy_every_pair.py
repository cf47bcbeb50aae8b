"""Compares every pair: right, but O(n²)."""


def smaller_to_the_right(nums: list[int]) -> list[int]:
    return [sum(1 for y in nums[i + 1:] if y < x) for i, x in enumerate(nums)]
