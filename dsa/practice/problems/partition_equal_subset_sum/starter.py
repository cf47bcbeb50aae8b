"""Partition equal subset sum: can a list be split into two groups of equal sum?"""


def can_partition(nums: list[int]) -> bool:
    """Return True if nums splits into two groups (each number in one) with equal sums."""
    raise NotImplementedError("write your solution here")
