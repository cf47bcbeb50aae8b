"""Not in place: the rotated grid is bound to the local name; the caller's list is unchanged."""


def rotate(matrix: list[list[int]]) -> None:
    """Build the rotated grid and rebind the parameter to it; the caller never sees it."""
    matrix = [list(row) for row in zip(*matrix[::-1], strict=True)]
