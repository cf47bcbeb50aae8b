"""Exponential time: exploring every route one by one instead of counting per cell."""


def unique_paths(grid: list[list[int]], r: int = 0, c: int = 0) -> int:
    """Return the route count by walking every route recursively from (r, c)."""
    if r >= len(grid) or c >= len(grid[0]) or grid[r][c] == 1:
        return 0
    if (r, c) == (len(grid) - 1, len(grid[0]) - 1):
        return 1
    return unique_paths(grid, r + 1, c) + unique_paths(grid, r, c + 1)
