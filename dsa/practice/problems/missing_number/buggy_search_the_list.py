"""Quadratic: tests each candidate with `in` on the list, O(n²) where O(n) is needed."""


def missing_number(nums: list[int]) -> int:
    for candidate in range(len(nums) + 1):
        if candidate not in nums:
            return candidate
    raise ValueError("nothing is missing")
