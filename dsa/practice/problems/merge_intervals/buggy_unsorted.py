"""Forgetting to sort: only neighbours in the input order are ever merged."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    """Return the merge of consecutive overlapping intervals in the order given (no sort)."""
    merged: list[list[int]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1] and end >= merged[-1][0]:
            merged[-1] = [min(merged[-1][0], start), max(merged[-1][1], end)]
        else:
            merged.append([start, end])
    return merged
