"""Non-overlapping intervals: the fewest removals that leave no overlaps."""


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    """Return the fewest half-open [start, end) intervals to remove so the rest do not overlap.

    Interval scheduling: keep as many as possible. Among all intervals, the one that ends first can
    always be kept — swapping it into any optimal selection in place of that selection's first
    interval frees at least as much room for the rest. Repeating the argument on what starts after
    it gives the greedy: sort by end, keep each interval that starts at or after the last kept end.

    Time O(n log n) for the sort, extra space O(n).
    """
    kept, last_end = 0, None
    for start, end in sorted(intervals, key=lambda interval: interval[1]):
        if last_end is None or start >= last_end:
            kept, last_end = kept + 1, end
    return len(intervals) - kept
