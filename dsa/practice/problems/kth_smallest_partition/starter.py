"""The k-th smallest value of a list, by partitioning (quickselect)."""


def kth_smallest(nums: list[int], k: int) -> int:
    """Return the value at position ``k`` (from 1) of ``nums`` sorted in increasing order."""
    raise NotImplementedError("write your solution here")
