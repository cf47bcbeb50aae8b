"""Two sum: the indices of the two entries that add up to the target."""


def two_sum(nums: list[int], target: int) -> list[int]:
    """Return ``[i, j]`` with ``i < j`` and ``nums[i] + nums[j] == target``.

    Exactly one such pair exists; an entry may not be paired with itself.
    """
    raise NotImplementedError("write your solution here")
