"""Expand around every centre: correct, but O(n²) on 'aaaa…' where O(n) is needed."""


def longest_palindrome(s: str) -> str:
    best_start, best_len = 0, 0
    n = len(s)
    for centre in range(2 * n - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > best_len:
            best_start, best_len = lo + 1, hi - lo - 1
    return s[best_start:best_start + best_len]
