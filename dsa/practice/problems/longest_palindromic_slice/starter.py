"""Longest mirror-image slice: the longest contiguous palindrome in a string."""


def longest_palindrome(s: str) -> str:
    """Return the longest slice of ``s`` that reads the same both ways (leftmost on ties)."""
    raise NotImplementedError("write your solution here")
