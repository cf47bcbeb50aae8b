"""Tests every prefix from the longest down, comparing it with its reverse: O(n²)."""


def shortest_palindrome(s: str) -> str:
    for k in range(len(s), 0, -1):
        prefix = s[:k]
        if all(prefix[i] == prefix[k - 1 - i] for i in range(k // 2)):
            return s[k:][::-1] + s
    return s
