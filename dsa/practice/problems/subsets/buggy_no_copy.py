"""Records the path itself, not a copy: every recorded subset is the same list, empty at the end."""


def subsets(nums: list[int]) -> list[list[int]]:
    result: list[list[int]] = []
    path: list[int] = []

    def extend(start: int) -> None:
        result.append(path)
        for i in range(start, len(nums)):
            path.append(nums[i])
            extend(i + 1)
            path.pop()

    extend(0)
    return result
