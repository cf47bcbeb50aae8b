"""Missing a min: merging extends the end but keeps the new start, losing an earlier start."""


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    """Return the merged list, but the merged start is always new_interval's start."""
    start, end = new_interval
    result: list[list[int]] = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < start:
        result.append(list(intervals[i]))
        i += 1
    while i < n and intervals[i][0] <= end:
        end = max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(list(interval) for interval in intervals[i:])
    return result
