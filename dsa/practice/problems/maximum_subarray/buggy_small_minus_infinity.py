"""Bad sentinel: starts the best sum at -1000 as "minus infinity", but values go down to -10,000."""


def max_subarray(nums: list[int]) -> int:
    best, current = -1000, 0
    for x in nums:
        current = max(x, current + x)
        best = max(best, current)
    return best
