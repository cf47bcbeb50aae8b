"""How many smaller numbers come later: for each entry, the smaller entries to its right."""


def smaller_to_the_right(nums: list[int]) -> list[int]:
    """Return ``counts`` with ``counts[i]`` = how many ``j > i`` have ``nums[j] < nums[i]``."""
    raise NotImplementedError("write your solution here")
