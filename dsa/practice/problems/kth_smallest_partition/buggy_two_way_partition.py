"""Two-way partition: Lomuto's split with a random pivot puts equal values on one side, so a
list of one repeated value shrinks by one per round, O(n²)."""

import random


def kth_smallest(nums: list[int], k: int) -> int:
    rng = random.Random(0)
    lo, hi, target = 0, len(nums) - 1, k - 1
    while lo < hi:
        p = rng.randint(lo, hi)
        nums[p], nums[hi] = nums[hi], nums[p]
        pivot, store = nums[hi], lo
        for i in range(lo, hi):
            if nums[i] <= pivot:
                nums[i], nums[store] = nums[store], nums[i]
                store += 1
        nums[store], nums[hi] = nums[hi], nums[store]
        if store == target:
            return nums[store]
        if store < target:
            lo = store + 1
        else:
            hi = store - 1
    return nums[lo]
