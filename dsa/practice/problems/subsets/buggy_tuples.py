"""Wrong type: returns itertools.combinations' tuples instead of lists."""

from itertools import combinations


def subsets(nums: list[int]) -> list[list[int]]:
    return [combo for size in range(len(nums) + 1) for combo in combinations(nums, size)]
