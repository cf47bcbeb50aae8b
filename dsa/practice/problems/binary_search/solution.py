"""Binary search: halve the range that may still hold the target.

Invariant: if ``target`` is in ``nums``, its index lies in ``[lo, hi]``. Comparing with the middle
element either finds it or rules out the middle and everything on one side of it, so the range
shrinks by at least half each step; an empty range (``lo > hi``) means it is absent.

Time O(log n), space O(1).
"""


def search(nums: list[int], target: int) -> int:
    """Return the index of ``target`` in the sorted list ``nums``, or -1 if it is absent."""
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
