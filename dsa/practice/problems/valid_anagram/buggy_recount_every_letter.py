"""Quadratic: recounts each letter across both whole strings, O(n²) where O(n) is needed."""


def is_anagram(s: str, t: str) -> bool:
    if len(s) != len(t):
        return False
    return all(s.count(letter) == t.count(letter) for letter in s)
