"""Restarts each loop at index 0 and skips used values: the same subset is built in every order."""


def subsets(nums: list[int]) -> list[list[int]]:
    result: list[list[int]] = []
    path: list[int] = []

    def extend() -> None:
        result.append(path[:])
        for value in nums:
            if value not in path:
                path.append(value)
                extend()
                path.pop()

    extend()
    return result
