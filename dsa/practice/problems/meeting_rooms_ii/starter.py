"""Meeting rooms II: the fewest rooms that can hold every meeting."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    """Return the fewest rooms for meetings [start, end) where a room frees up at end."""
    raise NotImplementedError("write your solution here")
