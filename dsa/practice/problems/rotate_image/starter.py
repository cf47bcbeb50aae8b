"""Rotate image: turn a square matrix 90 degrees clockwise, in place."""


def rotate(matrix: list[list[int]]) -> None:
    """Rotate the n × n matrix 90 degrees clockwise by changing its rows in place; return None."""
    raise NotImplementedError("write your solution here")
