"""Quadratic: tries every pair, O(n²) where O(n) is needed."""


def two_sum(nums: list[int], target: int) -> list[int]:
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    raise ValueError("no two entries add up to the target")
