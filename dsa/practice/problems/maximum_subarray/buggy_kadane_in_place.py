"""Modifies the input: stores the best run ending at each index in nums itself."""


def max_subarray(nums: list[int]) -> int:
    for i in range(1, len(nums)):
        nums[i] = max(nums[i], nums[i - 1] + nums[i])
    return max(nums)
