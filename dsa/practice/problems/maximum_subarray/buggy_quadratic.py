"""Quadratic where linear is needed: summing from every start to every end."""


def max_subarray(nums: list[int]) -> int:
    """Return the best run sum by extending a running total from each start index."""
    best = nums[0]
    for i in range(len(nums)):
        total = 0
        for j in range(i, len(nums)):
            total += nums[j]
            best = max(best, total)
    return best
