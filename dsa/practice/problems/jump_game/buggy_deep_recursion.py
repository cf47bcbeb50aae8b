"""Recursion too deep: memoised, but one call per index, so 100,000 indices nest 100,000 calls."""

from functools import cache


def can_jump(nums: list[int]) -> bool:
    last = len(nums) - 1

    @cache
    def reaches(i: int) -> bool:
        if i + nums[i] >= last:
            return True
        return any(reaches(j) for j in range(i + nums[i], i, -1))

    return reaches(0)
