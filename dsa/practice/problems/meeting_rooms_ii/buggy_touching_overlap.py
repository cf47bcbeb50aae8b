"""Off by one: a room is only freed when its meeting ended strictly before the next start."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    """Return the peak, but back-to-back meetings (end == start) are counted as overlapping."""
    starts = sorted(start for start, _ in intervals)
    ends = sorted(end for _, end in intervals)
    in_use = peak = 0
    j = 0
    for start in starts:
        while ends[j] < start:
            in_use -= 1
            j += 1
        in_use += 1
        peak = max(peak, in_use)
    return peak
