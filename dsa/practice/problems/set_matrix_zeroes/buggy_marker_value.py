"""Bad sentinel: marks cells to clear with -10**9, "a value no cell holds", but cells may hold
-10**9, and those are cleared too."""

MARK = -10**9


def set_zeroes(matrix: list[list[int]]) -> None:
    m, n = len(matrix), len(matrix[0])
    for i in range(m):
        for j in range(n):
            if matrix[i][j] == 0:
                for k in range(n):
                    if matrix[i][k] != 0:
                        matrix[i][k] = MARK
                for k in range(m):
                    if matrix[k][j] != 0:
                        matrix[k][j] = MARK
    for row in matrix:
        for j in range(n):
            if row[j] == MARK:
                row[j] = 0
