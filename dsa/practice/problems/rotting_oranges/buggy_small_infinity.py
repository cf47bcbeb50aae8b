"""Bad sentinel: marks unreached cells with 10**4 minutes, but a winding grid takes longer."""

from collections import deque


def oranges_rotting(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    unreached = 10**4
    minute = [[unreached] * cols for _ in range(rows)]
    queue = deque()
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 2:
                minute[r][c] = 0
                queue.append((r, c))
    while queue:
        y, x = queue.popleft()
        for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
            if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 \
                    and minute[ny][nx] == unreached:
                minute[ny][nx] = minute[y][x] + 1
                queue.append((ny, nx))
    worst = max((minute[r][c] for r in range(rows) for c in range(cols) if grid[r][c] == 1),
                default=0)
    return -1 if worst >= unreached else worst
