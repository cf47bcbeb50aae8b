"""Find the area of the largest island in a grid."""


def max_area_of_island(grid: list[list[int]]) -> int:
    """Return the number of cells in the largest edge-connected group of 1s (0 if none)."""
    raise NotImplementedError("write your solution here")
