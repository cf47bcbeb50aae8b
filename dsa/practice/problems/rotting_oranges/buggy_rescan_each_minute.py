"""Rescans the whole grid every minute: O((m·n)·(m+n)) instead of one BFS in O(m·n)."""


def oranges_rotting(grid: list[list[int]]) -> int:
    state = [row[:] for row in grid]
    rows, cols = len(state), len(state[0])
    minutes = 0
    while True:
        newly = [
            (ny, nx)
            for y in range(rows) for x in range(cols) if state[y][x] == 2
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1))
            if 0 <= ny < rows and 0 <= nx < cols and state[ny][nx] == 1
        ]
        if not newly:
            break
        for y, x in newly:
            state[y][x] = 2
        minutes += 1
    return -1 if any(1 in row for row in state) else minutes
