"""Linear: takes min() over every element instead of searching for the wrap."""


def find_min(nums: list[int]) -> int:
    return min(nums)
