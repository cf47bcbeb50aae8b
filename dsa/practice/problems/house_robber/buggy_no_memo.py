"""Exponential time: recursion on rob/skip for each house with no cache of solved suffixes."""


def rob(nums: list[int], start: int = 0) -> int:
    """Return the best total from house start on, by trying both choices recursively."""
    if start >= len(nums):
        return 0
    return max(rob(nums, start + 1), nums[start] + rob(nums, start + 2))
