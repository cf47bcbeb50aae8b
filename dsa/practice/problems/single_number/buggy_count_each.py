"""Quadratic: counts every value with nums.count, O(n²) where O(n) is needed."""


def single_number(nums: list[int]) -> int:
    for value in nums:
        if nums.count(value) == 1:
            return value
    raise ValueError("every value occurs twice")
