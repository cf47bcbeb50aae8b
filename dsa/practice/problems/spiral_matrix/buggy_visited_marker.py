"""Bad sentinel: marks visited cells of a copy with 1000, "larger than any value", but cells may
hold 1000, so the walk turns away from cells it has never read."""

VISITED = 1000


def spiral_order(matrix: list[list[int]]) -> list[int]:
    if not matrix or not matrix[0]:
        return []
    grid = [row[:] for row in matrix]
    m, n = len(grid), len(grid[0])
    steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = 0
    order: list[int] = []
    for _ in range(m * n):
        order.append(grid[r][c])
        grid[r][c] = VISITED
        nr, nc = r + steps[d][0], c + steps[d][1]
        if not (0 <= nr < m and 0 <= nc < n) or grid[nr][nc] == VISITED:
            d = (d + 1) % 4
            nr, nc = r + steps[d][0], c + steps[d][1]
        r, c = nr, nc
    return order
