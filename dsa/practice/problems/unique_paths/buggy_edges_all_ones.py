"""Wrong base case: the first row and column are set to 1 past a wall, which cuts them off."""


def unique_paths(grid: list[list[int]]) -> int:
    """Return the route count, but an edge cell counts 1 route even when a wall blocks the edge."""
    m, n = len(grid), len(grid[0])
    ways = [[0] * n for _ in range(m)]
    for r in range(m):
        for c in range(n):
            if grid[r][c] == 1:
                ways[r][c] = 0
            elif r == 0 or c == 0:
                ways[r][c] = 1
            else:
                ways[r][c] = ways[r - 1][c] + ways[r][c - 1]
    return ways[m - 1][n - 1]
