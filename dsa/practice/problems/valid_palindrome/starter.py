"""Valid palindrome: the same both ways, counting only letters and digits, ignoring case."""


def is_palindrome(s: str) -> bool:
    """Return ``True`` if the letters and digits of ``s`` read the same both ways, ignoring case."""
    raise NotImplementedError("write your solution here")
