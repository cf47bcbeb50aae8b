"""Integer division: the even-count median uses // and loses the half."""

import heapq


class MedianFinder:
    """Two heaps, but the mean of the middle pair is floored."""

    def __init__(self) -> None:
        self.low: list[int] = []
        self.high: list[int] = []

    def add_num(self, num: int) -> None:
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self) -> float:
        if not self.low:
            raise ValueError("no numbers yet: call add_num before find_median")
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) // 2
