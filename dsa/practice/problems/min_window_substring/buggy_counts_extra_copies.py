"""Extra copies count: every character of t lowers 'missing', even when no more are needed."""

from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)
    missing = len(t)
    best_start, best_length = 0, len(s) + 1
    left = 0
    for right, char in enumerate(s):
        if char in need:
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
