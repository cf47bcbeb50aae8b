"""Narrow counters: packs 26 counts into one int, 8 bits each, so a count of 256 spills over."""


def is_anagram(s: str, t: str) -> bool:
    if len(s) != len(t):
        return False
    packed = 0
    for a, b in zip(s, t, strict=True):
        packed += 1 << (8 * (ord(a) - ord("a")))
        packed -= 1 << (8 * (ord(b) - ord("a")))
    return packed == 0
