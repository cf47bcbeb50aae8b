"""Off by one: a strict comparison leaves touching intervals such as [1, 4] and [4, 6] apart."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    """Return the merge, treating intervals that share only an endpoint as separate."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
