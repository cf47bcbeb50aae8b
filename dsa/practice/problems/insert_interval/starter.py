"""Insert interval: add one interval to a sorted disjoint list, merging where it overlaps."""


def insert(intervals: list[list[int]], new_interval: list[int]) -> list[list[int]]:
    """Return the sorted, disjoint union of the sorted disjoint intervals and new_interval."""
    raise NotImplementedError("write your solution here")
