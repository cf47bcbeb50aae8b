"""Greedy where DP is needed: extending one run from the start and skipping smaller values."""


def length_of_lis(nums: list[int]) -> int:
    """Return the length of the single increasing run built by taking every larger value in turn."""
    if not nums:
        return 0
    length, last = 1, nums[0]
    for x in nums[1:]:
        if x > last:
            length, last = length + 1, x
    return length
