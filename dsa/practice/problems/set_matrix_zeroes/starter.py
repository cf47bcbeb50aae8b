"""Set matrix zeroes: zero the row and column of every original zero, in place."""


def set_zeroes(matrix: list[list[int]]) -> None:
    """Set to 0 every row and every column that holds a 0, changing matrix in place; return None."""
    raise NotImplementedError("write your solution here")
