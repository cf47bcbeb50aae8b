"""Insert interval: add one interval to a sorted disjoint list, merging where it overlaps."""


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    """Return the sorted, disjoint union of the sorted disjoint intervals and new_interval.

    Because the old intervals are sorted and disjoint, those that share a point with the new one
    form one contiguous stretch. Everything ending before the new start is copied unchanged,
    the stretch is folded into the new interval (min of starts, max of ends), and everything
    starting after the new end is copied after it. One pass, no sort.

    Time O(n), extra space O(n) for the answer.
    """
    start, end = new_interval
    result: list[list[int]] = []
    i, n = 0, len(intervals)
    while i < n and intervals[i][1] < start:
        result.append(list(intervals[i]))
        i += 1
    while i < n and intervals[i][0] <= end:
        start, end = min(start, intervals[i][0]), max(end, intervals[i][1])
        i += 1
    result.append([start, end])
    result.extend(list(interval) for interval in intervals[i:])
    return result
