"""Forgets the empty subset: records a subset only after appending a value."""


def subsets(nums: list[int]) -> list[list[int]]:
    result: list[list[int]] = []
    path: list[int] = []

    def extend(start: int) -> None:
        for i in range(start, len(nums)):
            path.append(nums[i])
            result.append(path[:])
            extend(i + 1)
            path.pop()

    extend(0)
    return result
