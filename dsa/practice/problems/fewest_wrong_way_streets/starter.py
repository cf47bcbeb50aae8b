"""The fewest streets driven the wrong way from junction 0 to junction n - 1."""


def fewest_fines(n: int, streets: list[list[int]]) -> int:
    """Return the fewest wrong-way uses of ``streets`` from 0 to ``n - 1``, or -1 if impossible."""
    raise NotImplementedError("write your solution here")
