"""Touches every value: slice updates and sums are O(n) per operation, ~10⁹ steps at the limits."""


def add_and_total(nums: list[int], ops: list[list[int]]) -> list[int]:
    nums, out = list(nums), []
    for a, b, x, c, d in ops:
        if x:
            nums[a:b + 1] = [v + x for v in nums[a:b + 1]]
        out.append(sum(nums[c:d + 1]))
    return out
