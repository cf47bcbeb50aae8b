"""Same element twice: looks up the third value in a set of all values, reusing a position."""


def three_sum(nums: list[int]) -> list[list[int]]:
    values = set(nums)
    found = set()
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            c = -nums[i] - nums[j]
            if c in values:
                found.add(tuple(sorted((nums[i], nums[j], c))))
    return [list(t) for t in found]
