"""Quadratic where n log n is needed: counting, for every start, all meetings running then."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    """Return the most meetings running at any meeting's start, checking every pair."""
    peak = 0
    for t, _ in intervals:
        peak = max(peak, sum(1 for start, end in intervals if start <= t < end))
    return peak
