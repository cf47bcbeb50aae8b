"""Bad sentinel: stands in ±10**6 for ±infinity across the wrap, but values reach ±10**9."""


def search_rotated(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if (nums[mid] < nums[0]) == (target < nums[0]):
            value = nums[mid]
        else:  # mid is on the other run: pretend it holds -inf or +inf
            value = -10**6 if target < nums[0] else 10**6
        if value == target and nums[mid] == target:
            return mid
        if value < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
