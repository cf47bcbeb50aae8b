"""Climbing stairs: count the ways to climb n stairs in steps of one or two."""


def climb_stairs(n: int) -> int:
    """Return the number of move sequences (each move 1 or 2 stairs) that climb exactly n stairs."""
    raise NotImplementedError("write your solution here")
