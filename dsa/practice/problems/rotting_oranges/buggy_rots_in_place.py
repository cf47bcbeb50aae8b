"""Spreads within the same minute: rotting in place while scanning lets new rot travel at once."""


def oranges_rotting(grid: list[list[int]]) -> int:
    state = [row[:] for row in grid]
    rows, cols = len(state), len(state[0])
    minutes = 0
    while True:
        changed = False
        for y in range(rows):
            for x in range(cols):
                if state[y][x] != 2:
                    continue
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and state[ny][nx] == 1:
                        state[ny][nx] = 2
                        changed = True
        if not changed:
            break
        minutes += 1
    return -1 if any(1 in row for row in state) else minutes
