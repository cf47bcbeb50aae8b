"""Unique paths: count the right/down routes across a grid with walls."""


def unique_paths(grid: list[list[int]]) -> int:
    """Return the number of right/down routes from the top-left to the bottom-right cell.

    Cells holding 1 are walls and cannot be entered.

    Every route into an open cell arrives from the cell above or the cell to the left, and those
    two sets of routes are disjoint, so routes(r, c) = routes(r - 1, c) + routes(r, c - 1), with 0
    for walls and for cells outside the grid. One row of counts is enough: before the update,
    ways[c] still holds the row above; ways[c - 1] already holds the current row.

    Time O(m · n), extra space O(n).
    """
    columns = len(grid[0])
    ways = [0] * columns
    ways[0] = 1  # one way to "arrive" at the start, if it is open
    for row in grid:
        for c in range(columns):
            if row[c] == 1:
                ways[c] = 0
            elif c > 0:
                ways[c] += ways[c - 1]
    return ways[-1]
