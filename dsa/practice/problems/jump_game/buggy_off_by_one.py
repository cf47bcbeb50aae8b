"""Off by one: the goal is compared with len(nums) instead of the last index, len(nums) - 1."""


def can_jump(nums: list[int]) -> bool:
    """Return whether the farthest reach passes len(nums), one step beyond the real goal."""
    farthest = 0
    for i, length in enumerate(nums):
        if i > farthest:
            return False
        farthest = max(farthest, i + length)
    return farthest >= len(nums)
