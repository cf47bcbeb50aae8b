"""Add to a range, then total a range: many range updates and range sums."""


def add_and_total(nums: list[int], ops: list[list[int]]) -> list[int]:
    """For each ``[a, b, x, c, d]``: add x to nums[a..b], then report sum(nums[c..d])."""
    raise NotImplementedError("write your solution here")
