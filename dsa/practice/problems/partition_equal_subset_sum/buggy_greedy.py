"""Greedy where DP is needed: each number, largest first, goes to the group with the smaller sum."""


def can_partition(nums: list[int]) -> bool:
    """Return whether the largest-first, fill-the-lighter-group heuristic ends with equal sums."""
    left = right = 0
    for x in sorted(nums, reverse=True):
        if left <= right:
            left += x
        else:
            right += x
    return left == right
