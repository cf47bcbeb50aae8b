"""The tightest fence around points: the corners of the convex hull."""


def convex_hull(points: list[list[int]]) -> list[list[int]]:
    """Return the hull's corners counter-clockwise from the smallest ``[x, y]``."""
    raise NotImplementedError("write your solution here")
