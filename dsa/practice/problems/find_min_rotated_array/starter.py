"""Minimum of a rotated sorted array."""


def find_min(nums: list[int]) -> int:
    """Return the smallest element of the non-empty rotated sorted list ``nums``."""
    raise NotImplementedError("write your solution here")
