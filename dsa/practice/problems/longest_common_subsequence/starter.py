"""Longest common subsequence of two strings: its length."""


def longest_common_subsequence(a: str, b: str) -> int:
    """Return the length of the longest string that is a subsequence of both a and b."""
    raise NotImplementedError("write your solution here")
