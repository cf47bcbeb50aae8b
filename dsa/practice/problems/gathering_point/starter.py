"""The smallest total walking distance to one meeting point on a street."""


def gathering_cost(positions: list[int]) -> int:
    """Return the least ``sum(abs(x - p) for x in positions)`` over integer points ``p``."""
    raise NotImplementedError("write your solution here")
