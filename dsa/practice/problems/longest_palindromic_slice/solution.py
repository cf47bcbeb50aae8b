"""Longest mirror-image slice: the longest contiguous palindrome in a string, by Manacher."""


def longest_palindrome(s: str) -> str:
    """Return the longest slice of ``s`` that reads the same both ways (leftmost on ties).

    Manacher's algorithm on the string with a gap between every two characters, so that odd and
    even palindromes both have one centre. ``radius[i]`` counts the characters of ``s`` in the
    palindrome centred at position ``i`` of the gapped string (its length in ``s``). The
    palindrome reaching furthest right (centre ``c``, right end ``right``) gives every centre
    inside it a free lower bound from its mirror image, so characters are compared only beyond
    ``right``, and ``right`` only moves right: O(n) time, O(n) extra space.
    """
    gapped = [None] * (2 * len(s) + 1)   # None marks a gap; it never equals a character
    gapped[1::2] = s
    m = len(gapped)
    radius = [0] * m
    centre = right = 0                   # palindrome covering gapped[2c - right : right]
    best_len, best_start = 0, 0
    for i in range(m):
        r = min(radius[2 * centre - i], right - i) if i < right else 0
        # Expand: gapped positions i - r - 1 and i + r + 1 hold the next pair to compare.
        lo, hi = i - r - 1, i + r + 1
        while lo >= 0 and hi < m and gapped[lo] == gapped[hi]:
            lo -= 1
            hi += 1
        r = hi - i - 1
        radius[i] = r
        if i + r > right:
            centre, right = i, i + r
        if r > best_len:                 # strictly longer only: keeps the leftmost on ties
            best_len, best_start = r, (i - r) // 2
    return s[best_start:best_start + best_len]
