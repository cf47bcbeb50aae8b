"""Return every subset of a list of distinct integers."""


def subsets(nums: list[int]) -> list[list[int]]:
    """Return all 2^n subsets of ``nums`` as lists, in any order."""
    raise NotImplementedError("write your solution here")
