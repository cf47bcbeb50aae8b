"""Permutations: backtracking that places one unused value at each position.

A path grows one position at a time; ``used`` marks the indices already placed so no value is
used twice. A full path is copied into the result. There are n! leaves, each copied in O(n), and
the inner nodes number fewer than the leaves times e: O(n·n!) time, O(n) extra space besides
the output.
"""


def permute(nums: list[int]) -> list[list[int]]:
    """Return all n! orderings of ``nums`` as lists, in any order."""
    result: list[list[int]] = []
    path: list[int] = []
    used = [False] * len(nums)

    def place() -> None:
        if len(path) == len(nums):
            result.append(path[:])
            return
        for i, value in enumerate(nums):
            if not used[i]:
                used[i] = True
                path.append(value)
                place()
                path.pop()
                used[i] = False

    place()
    return result
