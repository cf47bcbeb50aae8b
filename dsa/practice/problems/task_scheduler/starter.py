"""Schedule tasks with a cooldown between runs of the same task."""


def least_interval(tasks: list[str], n: int) -> int:
    """Return the fewest slots that run every task, same tasks at least ``n`` slots apart."""
    raise NotImplementedError("write your solution here")
