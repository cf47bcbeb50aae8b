"""Wrong end: compares nums[mid] with nums[lo], so an unrotated list looks rotated."""


def find_min(nums: list[int]) -> int:
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] >= nums[lo]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
