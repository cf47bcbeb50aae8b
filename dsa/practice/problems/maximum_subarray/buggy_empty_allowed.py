"""Forgetting the non-empty rule: starting from 0 lets the empty run win on all-negative input."""


def max_subarray(nums: list[int]) -> int:
    """Return the best run sum, but best starts at 0, so an all-negative list gives 0."""
    best = ending_here = 0
    for x in nums:
        ending_here = max(0, ending_here + x)
        best = max(best, ending_here)
    return best
