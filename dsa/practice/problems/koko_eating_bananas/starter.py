"""Koko eating bananas."""


def min_eating_speed(piles: list[int], hours: int) -> int:
    """Return the smallest integer speed that eats every pile within ``hours`` hours."""
    raise NotImplementedError("write your solution here")
