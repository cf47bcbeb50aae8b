"""Off by one: counts a minute for every BFS level, including the last one, which rots nothing."""

from collections import deque


def oranges_rotting(grid: list[list[int]]) -> int:
    state = [row[:] for row in grid]
    rows, cols = len(state), len(state[0])
    queue = deque((r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2)
    minutes = 0
    while queue:
        minutes += 1
        for _ in range(len(queue)):
            y, x = queue.popleft()
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < rows and 0 <= nx < cols and state[ny][nx] == 1:
                    state[ny][nx] = 2
                    queue.append((ny, nx))
    return -1 if any(1 in row for row in state) else minutes
