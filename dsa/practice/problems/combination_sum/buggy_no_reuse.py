"""Off by one in the recursion: passes i + 1, so no candidate can be used twice."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    result: list[list[int]] = []
    path: list[int] = []

    def choose(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, len(candidates)):
            if candidates[i] <= remaining:
                path.append(candidates[i])
                choose(i + 1, remaining - candidates[i])
                path.pop()

    choose(0, target)
    return result
