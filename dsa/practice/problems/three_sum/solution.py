"""Three sum: every distinct triplet of values that sums to zero."""


def three_sum(nums: list[int]) -> list[list[int]]:
    """Return each distinct ``[a, b, c]`` from three positions of ``nums`` with sum 0, once.

    Sort a copy, then fix the smallest value ``a = nums[i]`` and find the pairs summing to ``-a``
    to its right with two pointers: a small sum moves ``lo`` up, a large one moves ``hi`` down.
    Skipping repeats of ``a`` and of the value at ``lo`` after a hit reports each triplet once.
    Time O(n²); extra space O(1) beyond the sorted copy and the answer.
    """
    nums = sorted(nums)
    n = len(nums)
    triplets: list[list[int]] = []
    for i in range(n - 2):
        if nums[i] > 0:
            break  # the two values to its right are larger still
        if i > 0 and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = nums[i] + nums[lo] + nums[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triplets.append([nums[i], nums[lo], nums[hi]])
                lo += 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
                hi -= 1
    return triplets
