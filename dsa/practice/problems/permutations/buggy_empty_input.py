"""Forgets the empty case: returns no orderings for an empty list instead of one empty ordering."""


def permute(nums: list[int]) -> list[list[int]]:
    if not nums:
        return []
    if len(nums) == 1:
        return [nums[:]]
    result = []
    for i, value in enumerate(nums):
        for rest in permute(nums[:i] + nums[i + 1:]):
            result.append([value, *rest])
    return result
