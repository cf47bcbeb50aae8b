"""Sorts on every query: find_median costs O(n log n) instead of O(1)."""


class MedianFinder:
    """Keeps a plain list and sorts it whenever the median is asked for."""

    def __init__(self) -> None:
        self.nums: list[int] = []

    def add_num(self, num: int) -> None:
        self.nums.append(num)

    def find_median(self) -> float:
        if not self.nums:
            raise ValueError("no numbers yet: call add_num before find_median")
        ordered = sorted(self.nums)
        mid = len(ordered) // 2
        if len(ordered) % 2:
            return float(ordered[mid])
        return (ordered[mid - 1] + ordered[mid]) / 2
