"""Bad sentinel: "the previous first value" starts at -10**5, a value nums may hold, so a
triplet starting with -100,000 is skipped as a repeat."""


def three_sum(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    triplets = []
    previous = -10**5
    for i in range(len(nums) - 2):
        if nums[i] == previous:
            continue
        previous = nums[i]
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
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
                hi -= 1
    return triplets
