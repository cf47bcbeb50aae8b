"""Subsets: backtracking over one shared path, recording a copy at every node.

Every node of the recursion tree is a distinct subset: the path of chosen values, where each
choice picks an index after the previous one (so no subset is built twice in another order).
There are 2^n nodes, each copied in O(n): O(n·2^n) time, O(n) extra space for the path and the
recursion besides the output.
"""


def subsets(nums: list[int]) -> list[list[int]]:
    """Return all 2^n subsets of ``nums`` as lists, in any order."""
    result: list[list[int]] = []
    path: list[int] = []

    def extend(start: int) -> None:
        result.append(path[:])
        for i in range(start, len(nums)):
            path.append(nums[i])
            extend(i + 1)
            path.pop()

    extend(0)
    return result
