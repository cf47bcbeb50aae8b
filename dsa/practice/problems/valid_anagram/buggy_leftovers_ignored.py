"""Leftovers ignored: checks that t covers every letter of s, never that t has nothing extra."""


def is_anagram(s: str, t: str) -> bool:
    counts: dict[str, int] = {}
    for letter in t:
        counts[letter] = counts.get(letter, 0) + 1
    for letter in s:
        if counts.get(letter, 0) == 0:
            return False
        counts[letter] -= 1
    return True
