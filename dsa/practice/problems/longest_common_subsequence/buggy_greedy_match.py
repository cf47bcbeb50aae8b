"""Greedy where DP is needed: each letter of a grabs the next equal letter of b."""


def longest_common_subsequence(a: str, b: str) -> int:
    """Return the length of the subsequence built by matching letters as early as possible."""
    length, position = 0, 0
    for letter in a:
        found = b.find(letter, position)
        if found != -1:
            length, position = length + 1, found + 1
    return length
