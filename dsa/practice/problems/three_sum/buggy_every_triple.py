"""Cubic: tries every triple of positions, O(n³) where O(n²) is needed."""


def three_sum(nums: list[int]) -> list[list[int]]:
    found = set()
    n = len(nums)
    for i in range(n):
        for j in range(i + 1, n):
            for k in range(j + 1, n):
                if nums[i] + nums[j] + nums[k] == 0:
                    found.add(tuple(sorted((nums[i], nums[j], nums[k]))))
    return [list(t) for t in found]
