"""Minutes until every fresh orange is rotten, or -1 if some never rot."""


def oranges_rotting(grid: list[list[int]]) -> int:
    """Return the minutes until no fresh (1) orange is left, or -1 if that never happens."""
    raise NotImplementedError("write your solution here")
