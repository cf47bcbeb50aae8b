"""Modifies the input: writes the route counts into grid itself to save memory."""


def unique_paths(grid: list[list[int]]) -> int:
    m, n = len(grid), len(grid[0])
    for r in range(m):
        for c in range(n):
            if grid[r][c] == 1:
                grid[r][c] = 0
            elif r == 0 and c == 0:
                grid[r][c] = 1
            else:
                grid[r][c] = (grid[r - 1][c] if r else 0) + (grid[r][c - 1] if c else 0)
    return grid[m - 1][n - 1]
