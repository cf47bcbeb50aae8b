"""Bad sentinel: fills the tails table with 10**6 as "infinity", but values reach 10**9."""

from bisect import bisect_left


def length_of_lis(nums: list[int]) -> int:
    infinity = 10**6
    tails = [infinity] * (len(nums) + 1)
    for value in nums:
        tails[bisect_left(tails, value)] = value
    return sum(1 for tail in tails if tail < infinity)
