"""Bad sentinel: the best length starts at 10**5 as "longer than any window", but s may hold
200,000 characters, so a cover longer than 100,000 is never reported."""

from collections import Counter


def min_window(s: str, t: str) -> str:
    need = Counter(t)
    missing = len(t)
    best_start, best_length = 0, 10**5
    left = 0
    for right, char in enumerate(s):
        if need[char] > 0:
            missing -= 1
        need[char] -= 1
        while missing == 0:
            if right - left + 1 < best_length:
                best_start, best_length = left, right - left + 1
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return s[best_start:best_start + best_length] if best_length < 10**5 else ""
