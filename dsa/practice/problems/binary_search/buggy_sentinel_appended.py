"""Modifies the input: appends an infinite sentinel to nums to skip a bounds check, keeps it."""


def search(nums: list[int], target: int) -> int:
    nums.append(float("inf"))
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if nums[lo] == target else -1
