"""Recursive flood fill: a large island exceeds Python's recursion limit (RecursionError)."""


def num_islands(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]

    def sink(y: int, x: int) -> None:
        if not (0 <= y < rows and 0 <= x < cols) or grid[y][x] != 1 or seen[y][x]:
            return
        seen[y][x] = True
        sink(y + 1, x)
        sink(y - 1, x)
        sink(y, x + 1)
        sink(y, x - 1)

    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 1 and not seen[r][c]:
                islands += 1
                sink(r, c)
    return islands
