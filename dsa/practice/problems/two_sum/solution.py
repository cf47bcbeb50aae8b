"""Two sum: the indices of the two entries that add up to the target."""


def two_sum(nums: list[int], target: int) -> list[int]:
    """Return ``[i, j]`` with ``i < j`` and ``nums[i] + nums[j] == target``.

    One pass with a dict from each value seen so far to its index: the partner of ``nums[j]`` is
    ``target - nums[j]``, and looking it up *before* storing ``nums[j]`` means an entry is never
    paired with itself. Time O(n), extra space O(n).
    """
    seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        i = seen.get(target - value)
        if i is not None:
            return [i, j]
        seen[value] = j
    raise ValueError("no two entries add up to the target")
