"""Forgets the top: looks for the first gap in sorted order, never considering n itself."""


def missing_number(nums: list[int]) -> int:
    ordered = sorted(nums)
    for expected, value in enumerate(ordered):
        if value != expected:
            return expected
    return 0
