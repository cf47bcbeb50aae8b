"""Prunes with break on unsorted input: stops the loop at the first candidate that is too big."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    result: list[list[int]] = []
    path: list[int] = []

    def choose(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, len(candidates)):
            if candidates[i] > remaining:
                break  # only valid if candidates were sorted first
            path.append(candidates[i])
            choose(i, remaining - candidates[i])
            path.pop()

    choose(0, target)
    return result
