"""Greedy on the wrong choice: always taking the longest jump is not the fewest jumps."""


def min_jumps(nums: list[int]) -> int:
    """Return the number of jumps made by always jumping the full nums[i] (capped at the end)."""
    i, jumps = 0, 0
    while i < len(nums) - 1:
        if nums[i] == 0:
            break  # stranded on a 0 that a shorter jump would have skipped
        i = min(i + nums[i], len(nums) - 1)
        jumps += 1
    return jumps
