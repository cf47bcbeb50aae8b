"""Off by one: the scan includes the last index, adding a jump when a window ends exactly there."""


def min_jumps(nums: list[int]) -> int:
    """Return the window count, but scanning every index including the last one."""
    jumps, window_end, farthest = 0, 0, 0
    for i in range(len(nums)):
        farthest = max(farthest, i + nums[i])
        if i == window_end:
            jumps += 1
            window_end = farthest
    return jumps
