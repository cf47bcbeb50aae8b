"""Maximum subarray: the largest sum of a non-empty contiguous run."""


def max_subarray(nums: list[int]) -> int:
    """Return the largest sum of a non-empty contiguous subarray of nums.

    Kadane's algorithm. The best subarray ending at index i is nums[i] alone, or nums[i] added to
    the best subarray ending at i - 1: a prefix with a negative sum only drags a run down, so it is
    dropped. The answer is the best of these per-index values. Starting from nums[0] (not 0) keeps
    every candidate non-empty, which matters when all numbers are negative.

    Time O(n), extra space O(1).
    """
    best = ending_here = nums[0]
    for x in nums[1:]:
        ending_here = max(x, ending_here + x)
        best = max(best, ending_here)
    return best
