"""Modifies the input: turns nums into the running farthest reach, in place, before the scan."""


def min_jumps(nums: list[int]) -> int:
    for i in range(len(nums)):
        nums[i] = max(nums[i - 1] if i else 0, i + nums[i])
    jumps, window_end = 0, 0
    for i in range(len(nums) - 1):
        if i == window_end:
            jumps += 1
            window_end = nums[i]
    return jumps
