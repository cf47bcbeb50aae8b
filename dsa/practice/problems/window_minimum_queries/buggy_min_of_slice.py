"""Min of each slice: correct, but O(n) per query, ~10¹⁰ steps for 10⁵ wide queries."""


def range_minimums(nums: list[int], lefts: list[int], rights: list[int]) -> list[int]:
    return [min(nums[left:right + 1]) for left, right in zip(lefts, rights, strict=False)]
