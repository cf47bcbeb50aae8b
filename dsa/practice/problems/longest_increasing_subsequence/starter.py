"""Longest increasing subsequence: its length, in O(n log n)."""


def length_of_lis(nums: list[int]) -> int:
    """Return the length of the longest strictly increasing subsequence of nums."""
    raise NotImplementedError("write your solution here")
