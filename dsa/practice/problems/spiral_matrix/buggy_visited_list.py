"""Too slow: keeps the visited cells in a list and searches it at every step, O((m·n)²) instead
of O(m·n)."""


def spiral_order(matrix: list[list[int]]) -> list[int]:
    if not matrix or not matrix[0]:
        return []
    m, n = len(matrix), len(matrix[0])
    steps = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = 0
    visited: list[tuple[int, int]] = []
    order: list[int] = []
    for _ in range(m * n):
        order.append(matrix[r][c])
        visited.append((r, c))
        nr, nc = r + steps[d][0], c + steps[d][1]
        if not (0 <= nr < m and 0 <= nc < n) or (nr, nc) in visited:
            d = (d + 1) % 4
            nr, nc = r + steps[d][0], c + steps[d][1]
        r, c = nr, nc
    return order
