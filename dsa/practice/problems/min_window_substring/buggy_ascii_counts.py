"""ASCII only: counts characters in a 128-slot list indexed by ord(c) % 128, so characters 128
code points apart (such as "a" and "\u0161") are counted as one."""


def min_window(s: str, t: str) -> str:
    need = [0] * 128
    for char in t:
        need[ord(char) % 128] += 1
    missing = len(t)
    best_start, best_length = 0, len(s) + 1
    left = 0
    for right, char in enumerate(s):
        slot = ord(char) % 128
        if need[slot] > 0:
            missing -= 1
        need[slot] -= 1
        while missing == 0:
            if right - left + 1 < best_length:
                best_start, best_length = left, right - left + 1
            need[ord(s[left]) % 128] += 1
            if need[ord(s[left]) % 128] > 0:
                missing += 1
            left += 1
    return s[best_start:best_start + best_length] if best_length <= len(s) else ""
