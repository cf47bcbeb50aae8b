"""Merge intervals: combine every group of overlapping closed intervals."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    """Return the union of the closed intervals as disjoint [start, end] lists sorted by start.

    Sorted by start, the intervals that overlap form consecutive runs: an interval either starts
    at or before the end of the block merged so far (and belongs to it), or starts after it, and
    then every later interval starts even later. So one pass extends or closes the current block.
    Its end is the max of the ends seen, since an interval may sit wholly inside the block.

    Time O(n log n) for the sort, extra space O(n).
    """
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
