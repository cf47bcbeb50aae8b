"""Forgetting a case: an odd total is not rejected, so total // 2 rounds down to a reachable sum."""


def can_partition(nums: list[int]) -> bool:
    """Return whether total // 2 is a subset sum, without checking that the total is even."""
    half = sum(nums) // 2
    reachable = [True] + [False] * half
    for x in nums:
        for s in range(half, x - 1, -1):
            if reachable[s - x]:
                reachable[s] = True
    return reachable[half]
