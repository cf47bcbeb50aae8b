"""Contained interval: the block's end is overwritten with the new end instead of the larger one."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    """Return the merge, but a contained interval shrinks the block it falls in."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
