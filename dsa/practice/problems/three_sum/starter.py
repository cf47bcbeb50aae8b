"""Three sum: every distinct triplet of values that sums to zero."""


def three_sum(nums: list[int]) -> list[list[int]]:
    """Return each distinct ``[a, b, c]`` from three positions of ``nums`` with sum 0, once."""
    raise NotImplementedError("write your solution here")
