"""Unique paths: count the right/down routes across a grid with walls."""


def unique_paths(grid: list[list[int]]) -> int:
    """Return the number of right/down routes from the top-left to the bottom-right cell.

    Cells holding 1 are walls and cannot be entered; return 0 when no route exists.
    """
    raise NotImplementedError("write your solution here")
