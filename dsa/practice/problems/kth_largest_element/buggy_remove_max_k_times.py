"""Quadratic: removes the maximum k − 1 times by scanning the list, O(n·k) not O(n log k)."""


def kth_largest(nums: list[int], k: int) -> int:
    remaining = list(nums)
    for _ in range(k - 1):
        remaining.remove(max(remaining))
    return max(remaining)
