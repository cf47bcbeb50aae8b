"""Find the median of a stream: a max-heap for the lower half, a min-heap for the upper half.

Invariant: every value in ``low`` is ≤ every value in ``high``, and ``low`` holds as many values
as ``high`` or one more. Then the median is the top of ``low`` (odd count) or the mean of both
tops (even count). A new number goes into ``low``, its largest value moves to ``high`` (keeping
the order), and if ``high`` grows larger its smallest value moves back. heapq is a min-heap, so
``low`` stores negated values. add_num is O(log n), find_median O(1); space O(n).
"""

import heapq


class MedianFinder:
    """Receives integers one at a time and reports the median so far."""

    def __init__(self) -> None:
        self.low: list[int] = []  # negated: the max-heap of the lower half
        self.high: list[int] = []  # the min-heap of the upper half

    def add_num(self, num: int) -> None:
        """Record ``num``. O(log n)."""
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self) -> float:
        """The median of the numbers so far; ``ValueError`` if there are none. O(1)."""
        if not self.low:
            raise ValueError("no numbers yet: call add_num before find_median")
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
