"""Recursion too deep: memoised, but one call per index, so 100,000 indices nest 100,000 calls."""

from functools import cache


def min_jumps(nums: list[int]) -> int:
    last = len(nums) - 1

    @cache
    def fewest(i: int) -> float:
        if i >= last:
            return 0
        if i + nums[i] >= last:
            return 1
        return 1 + min((fewest(j) for j in range(i + nums[i], i, -1)), default=float("inf"))

    return fewest(0)
