"""Missing boundary checks: a leftover single row or column is read forwards and back again."""


def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Return the spiral, but the bottom row and left column are read even when they are the
    row or column just read."""
    if not matrix or not matrix[0]:
        return []
    order: list[int] = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        order.extend(matrix[top][c] for c in range(left, right + 1))
        order.extend(matrix[r][right] for r in range(top + 1, bottom + 1))
        order.extend(matrix[bottom][c] for c in range(right - 1, left - 1, -1))
        order.extend(matrix[r][left] for r in range(bottom - 1, top, -1))
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return order
