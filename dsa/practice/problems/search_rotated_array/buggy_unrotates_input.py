"""Modifies the input: rotates nums back into sorted order in place, then searches."""


def search_rotated(nums: list[int], target: int) -> int:
    if not nums:
        return -1
    shift = nums.index(min(nums))
    nums[:] = nums[shift:] + nums[:shift]
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return (mid + shift) % len(nums)
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
