"""Sorts the caller's list in place to find the ranks, so nums is changed."""

import bisect


def smaller_to_the_right(nums: list[int]) -> list[int]:
    original = list(nums)
    nums.sort()
    counts, passed = [], []
    for x in reversed(original):
        counts.append(bisect.bisect_left(passed, x))
        bisect.insort(passed, x)
    return counts[::-1]
