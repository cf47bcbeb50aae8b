"""Every place a pattern occurs: all (possibly overlapping) occurrences of a string in a text."""


def occurrences(text: str, pattern: str) -> list[int]:
    """Return the sorted positions ``i`` with ``text[i:i + len(pattern)] == pattern``."""
    raise NotImplementedError("write your solution here")
