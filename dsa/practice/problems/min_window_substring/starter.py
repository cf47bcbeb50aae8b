"""Minimum window substring."""


def min_window(s: str, t: str) -> str:
    """Return the shortest (leftmost on ties) substring of ``s`` holding every character of ``t``
    with its multiplicity, or ``""`` if there is none."""
    raise NotImplementedError("write your solution here")
