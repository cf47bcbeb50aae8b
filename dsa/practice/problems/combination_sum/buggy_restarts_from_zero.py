"""Restarts at index 0 on every call: the same combination is listed once per ordering."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    result: list[list[int]] = []
    path: list[int] = []

    def choose(remaining: int) -> None:
        if remaining == 0:
            result.append(path[:])
            return
        for value in candidates:
            if value <= remaining:
                path.append(value)
                choose(remaining - value)
                path.pop()

    choose(target)
    return result
