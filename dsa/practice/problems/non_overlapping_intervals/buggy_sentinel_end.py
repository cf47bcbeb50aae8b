"""Bad sentinel: the last kept end starts at -10**6 as "before everything", but bookings start
as low as -10**9, so an early booking is cancelled for clashing with nothing."""


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    kept, last_end = 0, -10**6
    for start, end in sorted(intervals, key=lambda interval: interval[1]):
        if start >= last_end:
            kept, last_end = kept + 1, end
    return len(intervals) - kept
