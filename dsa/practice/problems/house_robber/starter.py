"""House robber: the largest sum of values with no two neighbours taken."""


def rob(nums: list[int]) -> int:
    """Return the largest sum of nums[i] over a set of indices containing no two adjacent ones."""
    raise NotImplementedError("write your solution here")
