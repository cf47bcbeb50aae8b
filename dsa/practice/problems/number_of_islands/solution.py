"""Number of islands: flood-fill each unseen land cell with an explicit stack.

Every land cell not yet seen starts an island; a depth-first flood fill from it marks the whole
island seen, so the island is counted once. The stack replaces recursion because one island can
hold 90,000 cells, far beyond Python's recursion limit. Each cell is pushed at most once (it is
marked when pushed): O(m·n) time, O(m·n) extra space for the marks and the stack.
"""


def num_islands(grid: list[list[int]]) -> int:
    """Return the number of edge-connected groups of 1s in ``grid``."""
    rows, cols = len(grid), len(grid[0]) if grid else 0
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or seen[r][c]:
                continue
            islands += 1
            seen[r][c] = True
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 \
                            and not seen[ny][nx]:
                        seen[ny][nx] = True
                        stack.append((ny, nx))
    return islands
