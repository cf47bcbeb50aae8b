"""Too slow: counts the letters of every window afresh, O(n * m) instead of sliding the counts."""

from collections import Counter


def contains_permutation(pattern: str, text: str) -> bool:
    want = Counter(pattern)
    width = len(pattern)
    for start in range(len(text) - width + 1):
        if Counter(text[start:start + width]) == want:
            return True
    return False
