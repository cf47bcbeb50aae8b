"""Greedy on the wrong rule: a run is cut at every negative number, though crossing it can pay."""


def max_subarray(nums: list[int]) -> int:
    """Return the best sum of a run of non-negative numbers (or the largest single value)."""
    best, run = max(nums), 0
    for x in nums:
        if x >= 0:
            run += x
            best = max(best, run)
        else:
            run = 0
    return best
