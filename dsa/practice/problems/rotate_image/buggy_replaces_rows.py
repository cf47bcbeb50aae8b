"""Not in place: assigns freshly built rows into matrix[:], so the outer list is kept but the
caller's row lists are replaced (and still hold the old values)."""


def rotate(matrix: list[list[int]]) -> None:
    matrix[:] = [list(row) for row in zip(*reversed(matrix), strict=True)]
