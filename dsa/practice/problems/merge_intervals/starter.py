"""Merge intervals: combine every group of overlapping closed intervals."""


def merge(intervals: list[list[int]]) -> list[list[int]]:
    """Return the union of the closed intervals as disjoint [start, end] lists sorted by start."""
    raise NotImplementedError("write your solution here")
