"""Too slow: sorts every window from scratch, O(n * m log m) instead of sliding the counts."""


def contains_permutation(pattern: str, text: str) -> bool:
    width = len(pattern)
    target = sorted(pattern)
    return any(sorted(text[start:start + width]) == target
               for start in range(len(text) - width + 1))
