"""Smallest value in many ranges of a list that never changes."""


def range_minimums(nums: list[int], lefts: list[int], rights: list[int]) -> list[int]:
    """Return ``[min(nums[l:r + 1]) for l, r in zip(lefts, rights)]``, fast."""
    raise NotImplementedError("write your solution here")
