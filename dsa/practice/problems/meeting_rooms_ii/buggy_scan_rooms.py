"""Too slow: keeps each room's end time in a list and scans all rooms for a free one, O(n·rooms)
where a heap or two sorted lists give O(n log n)."""


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    room_ends: list[int] = []
    for start, end in sorted(intervals):
        for i, free_at in enumerate(room_ends):
            if free_at <= start:
                room_ends[i] = end
                break
        else:
            room_ends.append(end)
    return len(room_ends)
