"""Marks cells when popped, not when pushed: a cell reached from two sides is counted twice."""


def max_area_of_island(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or seen[r][c]:
                continue
            stack = [(r, c)]
            area = 0
            while stack:
                y, x = stack.pop()
                seen[y][x] = True
                area += 1
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 \
                            and not seen[ny][nx]:
                        stack.append((ny, nx))
            best = max(best, area)
    return best
