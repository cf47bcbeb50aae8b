"""Count the islands of land cells in a grid."""


def num_islands(grid: list[list[int]]) -> int:
    """Return the number of edge-connected groups of 1s in ``grid``."""
    raise NotImplementedError("write your solution here")
