"""Spiral matrix: read a matrix clockwise from the outside in."""


def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Return the elements of the m × n matrix in clockwise spiral order, without changing it.

    The unread part is always a rectangle, rows top..bottom and columns left..right. Each round
    reads its top row and right column, then — only if the rectangle still has another row,
    or another column — its bottom row backwards and its left column upwards, and shrinks all four
    walls by one. The two checks stop a last single row or column from being read twice.

    Time O(m · n), extra space O(1) besides the answer.
    """
    if not matrix or not matrix[0]:
        return []
    order: list[int] = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        order.extend(matrix[top][c] for c in range(left, right + 1))
        order.extend(matrix[r][right] for r in range(top + 1, bottom + 1))
        if top < bottom:
            order.extend(matrix[bottom][c] for c in range(right - 1, left - 1, -1))
        if left < right:
            order.extend(matrix[r][left] for r in range(bottom - 1, top, -1))
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return order
