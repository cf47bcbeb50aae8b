"""Non-overlapping intervals: the fewest removals that leave no overlaps."""


def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    """Return the fewest half-open [start, end) intervals to remove so the rest do not overlap."""
    raise NotImplementedError("write your solution here")
