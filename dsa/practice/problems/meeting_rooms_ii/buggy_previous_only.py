"""Wrong invariant: each meeting is compared only with the one that started just before it."""

from itertools import pairwise


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    """Return 1 plus the number of meetings that overlap their predecessor in start order."""
    ordered = sorted(intervals)
    if not ordered:
        return 0
    rooms = 1
    for previous, current in pairwise(ordered):
        if current[0] < previous[1]:
            rooms += 1
    return rooms
