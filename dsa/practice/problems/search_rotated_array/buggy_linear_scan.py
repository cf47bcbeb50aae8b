"""Linear: scans every element, ignoring that the list is two sorted runs."""


def search_rotated(nums: list[int], target: int) -> int:
    for i, value in enumerate(nums):
        if value == target:
            return i
    return -1
