"""Permutation in a string."""


def contains_permutation(pattern: str, text: str) -> bool:
    """Return whether some contiguous piece of ``text`` is a rearrangement of ``pattern``."""
    raise NotImplementedError("write your solution here")
