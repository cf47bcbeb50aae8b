"""Balances sizes only: numbers alternate between the heaps, so the halves are not ordered."""

import heapq


class MedianFinder:
    """Two heaps of equal size, but a lower value can land in the upper half."""

    def __init__(self) -> None:
        self.low: list[int] = []
        self.high: list[int] = []

    def add_num(self, num: int) -> None:
        if len(self.low) == len(self.high):
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def find_median(self) -> float:
        if not self.low:
            raise ValueError("no numbers yet: call add_num before find_median")
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
