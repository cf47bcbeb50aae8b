"""Off by one: sorts and compares in steps of two, but never looks at the last value."""


def single_number(nums: list[int]) -> int:
    ordered = sorted(nums)
    for i in range(0, len(ordered) - 1, 2):
        if ordered[i] != ordered[i + 1]:
            return ordered[i]
    return ordered[0]
