"""Hard-coded bound: stops after rows + cols minutes, assuming rot never needs longer."""


def oranges_rotting(grid: list[list[int]]) -> int:
    state = [row[:] for row in grid]
    rows, cols = len(state), len(state[0])
    frontier = [(r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2]
    fresh = sum(row.count(1) for row in state)
    minutes = 0
    for _ in range(rows + cols):
        if not fresh or not frontier:
            break
        minutes += 1
        following = []
        for y, x in frontier:
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < rows and 0 <= nx < cols and state[ny][nx] == 1:
                    state[ny][nx] = 2
                    fresh -= 1
                    following.append((ny, nx))
        frontier = following
    return minutes if fresh == 0 else -1
