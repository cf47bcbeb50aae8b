"""Greedy on the wrong choice: always taking the longest jump, which can land on a 0."""


def can_jump(nums: list[int]) -> bool:
    """Return whether always jumping the full nums[i] reaches the last index."""
    i = 0
    while i < len(nums) - 1:
        if nums[i] == 0:
            return False
        i += nums[i]
    return True
