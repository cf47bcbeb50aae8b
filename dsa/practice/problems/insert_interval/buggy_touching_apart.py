"""Off by one: strict comparisons leave an interval that only touches the new one unmerged."""


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    """Return the merged list, but [4, 5] and [5, 8] (one shared point) stay separate."""
    start, end = new_interval
    result: list[list[int]] = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] <= start:
        result.append(list(intervals[i]))
        i += 1
    while i < n and intervals[i][0] < end:
        start, end = min(start, intervals[i][0]), max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(list(interval) for interval in intervals[i:])
    return result
