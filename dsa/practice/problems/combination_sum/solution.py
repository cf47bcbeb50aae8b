"""Combination sum: backtracking that never goes back to an earlier candidate.

Choosing candidates in non-decreasing index order builds each multiset exactly once. The recursion
passes the same index on (a candidate may repeat) and the remaining target; a branch stops when
the remainder reaches 0 (record a copy) and skips any candidate larger than the remainder. The
work is proportional to the search tree, at most O(k·2^t) for target t and answers of length k;
extra space is the path and recursion depth, at most t/m for the smallest candidate m.
"""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Return each distinct multiset of ``candidates`` summing to ``target``, in any order."""
    result: list[list[int]] = []
    path: list[int] = []

    def choose(start: int, remaining: int) -> None:
        if remaining == 0:
            result.append(path[:])
            return
        for i in range(start, len(candidates)):
            if candidates[i] <= remaining:
                path.append(candidates[i])
                choose(i, remaining - candidates[i])
                path.pop()

    choose(0, target)
    return result
