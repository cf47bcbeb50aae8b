"""Odd lengths only: Manacher on the raw string, so even palindromes such as 'abba' are missed."""


def longest_palindrome(s: str) -> str:
    n = len(s)
    radius = [0] * n
    centre = right = 0
    best_len, best_start = 0, 0
    for i in range(n):
        r = min(radius[2 * centre - i], right - i) if i < right else 0
        while i - r - 1 >= 0 and i + r + 1 < n and s[i - r - 1] == s[i + r + 1]:
            r += 1
        radius[i] = r
        if i + r > right:
            centre, right = i, i + r
        if 2 * r + 1 > best_len:
            best_len, best_start = 2 * r + 1, i - r
    return s[best_start:best_start + best_len]
