"""Mutates the input: appends new_interval to the caller's list and sorts it there, then
merges, leaving the caller's list changed."""


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    intervals.append(new_interval)
    intervals.sort()
    merged: list[list[int]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
