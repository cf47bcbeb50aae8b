"""Return every ordering of a list of distinct integers."""


def permute(nums: list[int]) -> list[list[int]]:
    """Return all n! orderings of ``nums`` as lists, in any order."""
    raise NotImplementedError("write your solution here")
