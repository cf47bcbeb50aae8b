"""Rotate image: turn a square matrix 90 degrees clockwise, in place."""


def rotate(matrix: list[list[int]]) -> None:
    """Rotate the n × n matrix 90 degrees clockwise by changing its rows in place; return None.

    A clockwise quarter turn sends (i, j) to (j, n - 1 - i). That is the composition of two
    reflections, each a set of disjoint swaps that needs no extra grid: the transpose
    (i, j) -> (j, i), swapping each pair above the diagonal exactly once, then the mirror
    (j, i) -> (j, n - 1 - i), reversing every row.

    Time O(n²), extra space O(1).
    """
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()
