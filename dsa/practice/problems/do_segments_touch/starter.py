"""Do two line segments touch? Exact intersection tests for many pairs of segments."""


def segments_touch(pairs: list[list[int]]) -> list[bool]:
    """For each ``[x1, y1, x2, y2, x3, y3, x4, y4]``: do the two closed segments share a point?"""
    raise NotImplementedError("write your solution here")
