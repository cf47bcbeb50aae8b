"""Wrong type: uses n * (n + 1) / 2 with true division, so the answer comes back a float."""


def missing_number(nums: list[int]) -> int:
    n = len(nums)
    return n * (n + 1) / 2 - sum(nums)
