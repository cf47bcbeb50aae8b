"""Off by one: indexes the descending order with k instead of k - 1."""


def kth_largest(nums: list[int], k: int) -> int:
    ordered = sorted(nums, reverse=True)
    return ordered[min(k, len(ordered) - 1)]
