"""Minimum window substring: grow on the right until covered, then shrink on the left.

``need[c]`` is how many more copies of ``c`` the window needs (negative when it has spares) and
``missing`` is the total still needed. Adding a character lowers ``missing`` only while that
character is still needed. Once ``missing`` is 0 the window covers ``t``: drop characters from the
left while they are spares, record the window, then drop one needed character to search onwards.
Only a strictly shorter window replaces the best, so ties keep the leftmost.

Time O(n + m): each index enters and leaves the window once. Space O(k) for ``need``.
"""

from collections import Counter


def min_window(s: str, t: str) -> str:
    """Return the shortest (leftmost on ties) substring of ``s`` holding every character of ``t``
    with its multiplicity, or ``""`` if there is none."""
    need = Counter(t)
    missing = len(t)
    best_start, best_length = 0, len(s) + 1
    left = 0
    for right, char in enumerate(s):
        if need[char] > 0:
            missing -= 1
        need[char] -= 1
        if missing > 0:
            continue
        while need[s[left]] < 0:
            need[s[left]] += 1
            left += 1
        if right - left + 1 < best_length:
            best_start, best_length = left, right - left + 1
        need[s[left]] += 1
        missing += 1
        left += 1
    return s[best_start:best_start + best_length] if best_length <= len(s) else ""
