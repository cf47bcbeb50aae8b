"""Forgetting to separate phases: zeros written during the scan are mistaken for original ones."""


def set_zeroes(matrix: list[list[int]]) -> None:
    """Zero the row and column of each 0 as soon as it is seen, so new zeros spread further."""
    m, n = len(matrix), len(matrix[0])
    for i in range(m):
        for j in range(n):
            if matrix[i][j] == 0:
                for k in range(n):
                    matrix[i][k] = 0
                for k in range(m):
                    matrix[k][j] = 0
