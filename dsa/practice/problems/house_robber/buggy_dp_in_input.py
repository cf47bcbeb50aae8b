"""Modifies the input: keeps the running best totals in nums itself to save memory."""


def rob(nums: list[int]) -> int:
    for i in range(1, len(nums)):
        before = nums[i - 2] if i >= 2 else 0
        nums[i] = max(nums[i - 1], before + nums[i])
    return nums[-1] if nums else 0
