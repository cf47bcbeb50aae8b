"""Wrong type: returns the number of repeats (an int) instead of True or False."""


def contains_duplicate(nums: list[int]) -> bool:
    return len(nums) - len(set(nums))
