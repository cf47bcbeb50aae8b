"""Ignores repeats: treats t as a set of characters, so "oo" is covered by a single "o"."""


def min_window(s: str, t: str) -> str:
    wanted = set(t)
    have: dict[str, int] = {}
    covered = 0
    best_start, best_length = 0, len(s) + 1
    left = 0
    for right, char in enumerate(s):
        have[char] = have.get(char, 0) + 1
        if char in wanted and have[char] == 1:
            covered += 1
        while covered == len(wanted):
            if right - left + 1 < best_length:
                best_start, best_length = left, right - left + 1
            have[s[left]] -= 1
            if s[left] in wanted and have[s[left]] == 0:
                covered -= 1
            left += 1
    return s[best_start:best_start + best_length] if best_length <= len(s) else ""
