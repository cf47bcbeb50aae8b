"""Missing number: the one number of 0..n absent from the list."""


def missing_number(nums: list[int]) -> int:
    """Return the number of ``0..len(nums)`` that does not occur in ``nums``."""
    raise NotImplementedError("write your solution here")
