"""Meeting rooms II: the fewest rooms that can hold every meeting."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    """Return the fewest rooms for meetings [start, end) where a room frees up at end.

    At least as many rooms as the most meetings in progress at one moment are needed, and that
    many suffice (hand each new meeting any free room). To find the peak, sweep the starts and the
    ends in time order: a start takes a room, an end gives one back. Ends at time t are processed
    before starts at t, so a meeting ending at 10 frees its room for one starting at 10.

    Time O(n log n) for the two sorts, extra space O(n).
    """
    starts = sorted(start for start, _ in intervals)
    ends = sorted(end for _, end in intervals)
    in_use = peak = 0
    j = 0
    for start in starts:
        # Only meetings that started earlier can have ended by now, so j stays below n.
        while ends[j] <= start:
            in_use -= 1
            j += 1
        in_use += 1
        peak = max(peak, in_use)
    return peak
