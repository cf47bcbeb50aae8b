"""Set matrix zeroes: zero the row and column of every original zero, in place."""


def set_zeroes(matrix: list[list[int]]) -> None:
    """Set to 0 every row and every column that holds a 0, changing matrix in place; return None.

    First record, then write — writing while scanning would make new zeros look original. The
    record is kept inside the matrix: matrix[i][0] == 0 marks row i and matrix[0][j] == 0 marks
    column j. Overwriting those cells is safe because each would be zeroed anyway. The corner
    matrix[0][0] serves row 0 only, so one flag remembers whether column 0 had a 0. The inner cells
    are filled from the marks first, and row 0 and column 0 last, so no mark is erased early.

    Time O(m · n), extra space O(1).
    """
    m, n = len(matrix), len(matrix[0])
    column_zero_has_zero = any(matrix[i][0] == 0 for i in range(m))
    for i in range(m):
        for j in range(1, n):
            if matrix[i][j] == 0:
                matrix[i][0] = 0
                matrix[0][j] = 0
    for i in range(1, m):
        for j in range(1, n):
            if matrix[i][0] == 0 or matrix[0][j] == 0:
                matrix[i][j] = 0
    if matrix[0][0] == 0:  # row 0 held a 0 (or column 0 did at the top, which zeroes row 0 too)
        for j in range(n):
            matrix[0][j] = 0
    if column_zero_has_zero:
        for i in range(m):
            matrix[i][0] = 0
