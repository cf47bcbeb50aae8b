"""Ties to the right: replaces the best on an equal length, so the rightmost longest is returned."""


def longest_palindrome(s: str) -> str:
    gapped = [None] * (2 * len(s) + 1)
    gapped[1::2] = s
    m = len(gapped)
    radius = [0] * m
    centre = right = 0
    best_len, best_start = 0, 0
    for i in range(m):
        r = min(radius[2 * centre - i], right - i) if i < right else 0
        lo, hi = i - r - 1, i + r + 1
        while lo >= 0 and hi < m and gapped[lo] == gapped[hi]:
            lo -= 1
            hi += 1
        r = hi - i - 1
        radius[i] = r
        if i + r > right:
            centre, right = i, i + r
        if r >= best_len:
            best_len, best_start = r, (i - r) // 2
    return s[best_start:best_start + best_len]
