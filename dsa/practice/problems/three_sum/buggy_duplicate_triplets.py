"""Duplicates: never skips repeated values, so the same triplet is reported more than once."""


def three_sum(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    triplets = []
    for i in range(len(nums) - 2):
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            total = nums[i] + nums[lo] + nums[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triplets.append([nums[i], nums[lo], nums[hi]])
                lo += 1
                hi -= 1
    return triplets
