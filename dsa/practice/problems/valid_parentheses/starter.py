"""Valid parentheses."""


def is_valid(s: str) -> bool:
    """Return whether the brackets ``()[]{}`` in ``s`` are properly matched and nested."""
    raise NotImplementedError("write your solution here")
