"""Wrong reflection: after the transpose it reverses the row order, turning anticlockwise."""


def rotate(matrix: list[list[int]]) -> None:
    """Transpose, then reverse the list of rows: a 90-degree counterclockwise turn."""
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    matrix.reverse()
