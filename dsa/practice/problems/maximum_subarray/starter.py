"""Maximum subarray: the largest sum of a non-empty contiguous run."""


def max_subarray(nums: list[int]) -> int:
    """Return the largest sum of a non-empty contiguous subarray of nums."""
    raise NotImplementedError("write your solution here")
