"""The shortest palindrome made by adding characters in front of a string."""


def shortest_palindrome(s: str) -> str:
    """Return the shortest palindrome that ends with ``s`` and adds characters only in front."""
    raise NotImplementedError("write your solution here")
