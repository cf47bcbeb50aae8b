"""Exponential time: recursion on which last letter to drop, with no cache of prefix pairs."""


def longest_common_subsequence(a: str, b: str) -> int:
    """Return the length by recursion that re-solves the same prefix pairs again and again."""
    if not a or not b:
        return 0
    if a[-1] == b[-1]:
        return longest_common_subsequence(a[:-1], b[:-1]) + 1
    return max(longest_common_subsequence(a[:-1], b), longest_common_subsequence(a, b[:-1]))
