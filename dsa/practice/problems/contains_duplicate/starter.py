"""Contains duplicate: does any value occur twice?"""


def contains_duplicate(nums: list[int]) -> bool:
    """Return ``True`` if some value occurs at least twice in ``nums``."""
    raise NotImplementedError("write your solution here")
