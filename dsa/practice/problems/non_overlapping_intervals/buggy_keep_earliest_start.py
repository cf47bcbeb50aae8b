"""Greedy on the wrong key: sorted by start, the earlier-starting interval is always kept."""


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    """Return the removals made by keeping the first-starting interval of every clash."""
    removed, last_end = 0, None
    for start, end in sorted(intervals):
        if last_end is not None and start < last_end:
            removed += 1  # drops the newcomer even when it ends sooner
        else:
            last_end = end
    return removed
