"""Quadratic where n log n is needed: the ending-at-each-index table compares every pair."""


def length_of_lis(nums: list[int]) -> int:
    """Return the length by the O(n²) table of best lengths ending at each index."""
    best = [1] * len(nums)
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
