"""Exponential time: recursion over every first word with no memory of failed suffixes."""


def word_break(s: str, words: list[str]) -> bool:
    """Return True if s splits into words, re-trying the same suffixes again and again."""
    if s == "":
        return True
    return any(s.startswith(w) and word_break(s[len(w):], words) for w in words)
