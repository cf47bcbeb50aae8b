"""Search in a rotated sorted array: one half around the middle is always sorted.

Invariant: if ``target`` is present, its index lies in ``[lo, hi]``. Split at ``mid``. If
``nums[lo] <= nums[mid]`` the left part ``nums[lo..mid]`` is sorted (``<=`` because ``lo`` may equal
``mid``), otherwise the right part ``nums[mid..hi]`` is. A sorted part holds the target exactly when
the target lies between its end values, which decides which half to keep.

Time O(log n), space O(1).
"""


def search_rotated(nums: list[int], target: int) -> int:
    """Return the index of ``target`` in the rotated sorted list ``nums``, or -1 if absent."""
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        elif nums[mid] < target <= nums[hi]:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
