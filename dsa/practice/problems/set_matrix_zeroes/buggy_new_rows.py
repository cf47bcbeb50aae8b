"""Not in place: puts newly built rows into matrix[:], so the caller's row lists are replaced
and keep their old values."""


def set_zeroes(matrix: list[list[int]]) -> None:
    rows = {i for i, row in enumerate(matrix) if 0 in row}
    columns = {j for row in matrix for j, x in enumerate(row) if x == 0}
    matrix[:] = [[0 if i in rows or j in columns else x for j, x in enumerate(row)]
                 for i, row in enumerate(matrix)]
