"""Connect all points with links of least total Manhattan length."""


def min_cost_connect_points(points: list[list[int]]) -> int:
    """Return the least total Manhattan length of links that connect every point."""
    raise NotImplementedError("write your solution here")
