"""Return the k-th largest value of a list."""


def kth_largest(nums: list[int], k: int) -> int:
    """Return the value at position ``k`` (from 1) of ``nums`` sorted from largest to smallest."""
    raise NotImplementedError("write your solution here")
