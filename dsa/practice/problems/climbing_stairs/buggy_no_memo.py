"""Exponential time: plain recursion recomputes the same sub-climbs again and again."""


def climb_stairs(n: int) -> int:
    """Return the number of ways, by recursion without a cache: about 1.6**n calls."""
    if n <= 1:
        return 1
    return climb_stairs(n - 1) + climb_stairs(n - 2)
