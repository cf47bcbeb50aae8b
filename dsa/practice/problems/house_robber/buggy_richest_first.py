"""Greedy where DP is needed: taking the richest house still allowed, then the next richest."""


def rob(nums: list[int]) -> int:
    """Return the total of repeatedly robbing the richest house whose neighbours are untouched."""
    blocked = [False] * len(nums)
    total = 0
    for i in sorted(range(len(nums)), key=lambda i: -nums[i]):
        if not blocked[i]:
            total += nums[i]
            for j in (i - 1, i, i + 1):
                if 0 <= j < len(nums):
                    blocked[j] = True
    return total
