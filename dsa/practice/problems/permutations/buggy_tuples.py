"""Wrong type: returns itertools.permutations' tuples instead of lists."""

from itertools import permutations


def permute(nums: list[int]) -> list[list[int]]:
    return list(permutations(nums))
