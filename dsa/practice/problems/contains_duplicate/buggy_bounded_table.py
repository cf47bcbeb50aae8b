"""Bounded table: marks values in a list sized for |value| <= 10**5, so larger values break it."""


def contains_duplicate(nums: list[int]) -> bool:
    offset = 100_000
    seen = [False] * (2 * offset + 1)
    for value in nums:
        if seen[value + offset]:
            return True
        seen[value + offset] = True
    return False
