"""Recursive flood fill: a large island exceeds Python's recursion limit (RecursionError)."""


def max_area_of_island(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]

    def area(y: int, x: int) -> int:
        if not (0 <= y < rows and 0 <= x < cols) or grid[y][x] != 1 or seen[y][x]:
            return 0
        seen[y][x] = True
        return 1 + area(y + 1, x) + area(y - 1, x) + area(y, x + 1) + area(y, x - 1)

    return max((area(r, c) for r in range(rows) for c in range(cols)), default=0)
