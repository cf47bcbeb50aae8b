"""Linear: scans the list for the target, ignoring that it is sorted."""


def search(nums: list[int], target: int) -> int:
    return nums.index(target) if target in nums else -1
