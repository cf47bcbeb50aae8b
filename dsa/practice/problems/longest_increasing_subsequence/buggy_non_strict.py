"""Non-strict comparison: bisect_right lets equal values count as an increase."""

from bisect import bisect_right


def length_of_lis(nums: list[int]) -> int:
    """Return the longest non-decreasing subsequence length, not the strictly increasing one."""
    tails: list[int] = []
    for x in nums:
        i = bisect_right(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
