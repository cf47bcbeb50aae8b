"""The two nearest stars on a chart: the closest pair of points."""


def closest_pair(points: list[list[int]]) -> int:
    """Return the smallest squared distance between two of the points."""
    raise NotImplementedError("write your solution here")
