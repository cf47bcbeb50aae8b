"""Bounded table: indexes a list by value, sized for |value| <= 10**6, so larger values break it."""


def two_sum(nums: list[int], target: int) -> list[int]:
    offset = 1_000_000
    where = [-1] * (2 * offset + 1)
    for j, value in enumerate(nums):
        partner = target - value
        if -offset <= partner <= offset and where[partner + offset] >= 0:
            return [where[partner + offset], j]
        if -offset <= value <= offset:
            where[value + offset] = j
    raise ValueError("no two entries add up to the target")
