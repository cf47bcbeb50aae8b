"""Quadratic: after keeping a booking, rebuilds the list of the rest without its clashes,
O(n · kept) where one pass is enough."""


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    rest = sorted(intervals, key=lambda interval: interval[1])
    kept = 0
    while rest:
        first = rest[0]
        kept += 1
        rest = [other for other in rest[1:] if other[0] >= first[1]]
    return len(intervals) - kept
