"""Jump game: can the last index be reached?"""


def can_jump(nums: list[int]) -> bool:
    """Return True if jumps of 1..nums[i] from index i can carry you from index 0 to the end."""
    raise NotImplementedError("write your solution here")
