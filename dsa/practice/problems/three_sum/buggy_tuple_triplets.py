"""Wrong type: collects the triplets as tuples in a set and returns those tuples, not lists."""


def three_sum(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    found = set()
    for i in range(len(nums) - 2):
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            total = nums[i] + nums[lo] + nums[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                found.add((nums[i], nums[lo], nums[hi]))
                lo += 1
                hi -= 1
    return list(found)
