"""Mutating the input: visited cells are marked by overwriting them in the caller's matrix."""


def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Return the spiral by walking and turning at marked cells, but it writes None into matrix."""
    if not matrix or not matrix[0]:
        return []
    m, n = len(matrix), len(matrix[0])
    moves = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    order: list[int] = []
    r = c = d = 0
    for _ in range(m * n):
        order.append(matrix[r][c])
        matrix[r][c] = None  # "visited"
        dr, dc = moves[d]
        if not (0 <= r + dr < m and 0 <= c + dc < n) or matrix[r + dr][c + dc] is None:
            d = (d + 1) % 4
            dr, dc = moves[d]
        r, c = r + dr, c + dc
    return order
