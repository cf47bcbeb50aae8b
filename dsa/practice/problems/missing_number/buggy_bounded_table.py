"""Hard-coded bound: marks values in a table of 100,001 slots, but n may reach 200,000."""


def missing_number(nums: list[int]) -> int:
    seen = [False] * 100_001
    for value in nums:
        if value < len(seen):
            seen[value] = True
    for value in range(len(nums) + 1):
        if value >= len(seen) or not seen[value]:
            return value
    return len(nums)
