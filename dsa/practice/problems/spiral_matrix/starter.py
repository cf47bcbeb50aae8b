"""Spiral matrix: read a matrix clockwise from the outside in."""


def spiral_order(matrix: list[list[int]]) -> list[int]:
    """Return the elements of the m × n matrix in clockwise spiral order, without changing it."""
    raise NotImplementedError("write your solution here")
