"""Float answer: statistics.median averages the two middle values of an even count, a float."""

import statistics


def gathering_cost(positions: list[int]) -> int:
    p = statistics.median(positions)
    return sum(abs(x - p) for x in positions)
