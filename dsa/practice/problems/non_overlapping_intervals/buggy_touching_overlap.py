"""Off by one: a strict comparison treats bookings that only touch (4 and 4) as clashing."""


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    """Return the removals, but an interval starting exactly at the last kept end is removed."""
    kept, last_end = 0, None
    for start, end in sorted(intervals, key=lambda interval: interval[1]):
        if last_end is None or start > last_end:
            kept, last_end = kept + 1, end
    return len(intervals) - kept
