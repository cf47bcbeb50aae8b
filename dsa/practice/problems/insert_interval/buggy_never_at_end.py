"""Forgetting a case: the new interval is only placed when a later interval is found."""


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    """Return the merged list, but a new interval after (or without) all old ones is dropped."""
    start, end = new_interval
    result: list[list[int]] = []
    placed = False
    for a, b in intervals:
        if b < start:
            result.append([a, b])
        elif a > end:
            if not placed:
                result.append([start, end])
                placed = True
            result.append([a, b])
        else:
            start, end = min(start, a), max(end, b)
    return result
