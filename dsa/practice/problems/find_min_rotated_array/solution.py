"""Minimum of a rotated sorted array: binary search for the wrap point against the last element.

Invariant: the minimum's index lies in ``[lo, hi]``. Every element left of the wrap is larger than
every element right of it, and ``nums[hi]`` is on the right-hand run (or the list is unrotated).
So ``nums[mid] > nums[hi]`` means ``mid`` is before the wrap and the minimum lies after it;
otherwise ``mid`` is on the run holding the minimum, which is then at ``mid`` or to its left.

Time O(log n), space O(1).
"""


def find_min(nums: list[int]) -> int:
    """Return the smallest element of the non-empty rotated sorted list ``nums``."""
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    return nums[lo]
