"""Smash the two heaviest stones until at most one is left."""


def last_stone_weight(stones: list[int]) -> int:
    """Return the weight of the last stone left, or 0 if none is left."""
    raise NotImplementedError("write your solution here")
