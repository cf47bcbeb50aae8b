"""Off by one: the loop stops one stair early, so it returns the count for n - 1 stairs."""


def climb_stairs(n: int) -> int:
    """Return the number of ways, but the loop runs one step too few."""
    before, current = 1, 1
    for _ in range(n - 2):
        before, current = current, before + current
    return current
