"""Jump game II: the fewest jumps to the last index."""


def min_jumps(nums: list[int]) -> int:
    """Return the fewest jumps (1..nums[i] places from index i) from index 0 to the last index."""
    raise NotImplementedError("write your solution here")
