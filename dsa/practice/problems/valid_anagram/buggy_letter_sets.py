"""Ignores counts: compares the sets of letters, so "aab" and "abb" look like anagrams."""


def is_anagram(s: str, t: str) -> bool:
    return set(s) == set(t)
