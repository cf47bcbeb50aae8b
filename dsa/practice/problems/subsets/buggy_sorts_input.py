"""Modifies the input: sorts nums in place before the search, changing the caller's list."""


def subsets(nums: list[int]) -> list[list[int]]:
    nums.sort()
    found: list[list[int]] = []
    path: list[int] = []

    def extend(start: int) -> None:
        found.append(path[:])
        for i in range(start, len(nums)):
            path.append(nums[i])
            extend(i + 1)
            path.pop()

    extend(0)
    return found
