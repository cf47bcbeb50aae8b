"""Bad sentinel: starts the running minimum at 10**6 as "infinity", but values reach 10**9."""


def find_min(nums: list[int]) -> int:
    best = 10**6
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        best = min(best, nums[mid])
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid - 1
    return best
