"""Swapping twice: the transpose loops over every j, so each pair is swapped back again."""


def rotate(matrix: list[list[int]]) -> None:
    """'Transpose' over the full square (a no-op), then reverse each row: a mirror, not a turn."""
    n = len(matrix)
    for i in range(n):
        for j in range(n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()
