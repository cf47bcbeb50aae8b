"""Shared marker: matrix[0][0] stands for both row 0 and column 0, so one wipes out the other."""


def set_zeroes(matrix: list[list[int]]) -> None:
    """Use the first row and column as marks, without a separate flag for column 0."""
    m, n = len(matrix), len(matrix[0])
    for i in range(m):
        for j in range(n):
            if matrix[i][j] == 0:
                matrix[i][0] = 0
                matrix[0][j] = 0
    for i in range(1, m):
        for j in range(1, n):
            if matrix[i][0] == 0 or matrix[0][j] == 0:
                matrix[i][j] = 0
    if matrix[0][0] == 0:
        for j in range(n):
            matrix[0][j] = 0
        for i in range(m):
            matrix[i][0] = 0
