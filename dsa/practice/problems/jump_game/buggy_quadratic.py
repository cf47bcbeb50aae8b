"""Quadratic where linear is needed: marking every landing square of every jump one by one."""


def can_jump(nums: list[int]) -> bool:
    """Return whether the last index gets marked, marking up to nums[i] squares from each index."""
    reachable = [False] * len(nums)
    reachable[0] = True
    for i, length in enumerate(nums):
        if reachable[i]:
            for j in range(i + 1, min(i + length, len(nums) - 1) + 1):
                reachable[j] = True
    return reachable[-1]
