"""The smallest reading order: the lexicographically smallest topological order."""


def smallest_order(n: int, rules: list[list[int]]) -> list[int]:
    """Return the smallest order of chapters 0..n-1 (compared as lists) in which every
    ``[a, b]`` in ``rules`` has a before b, or [] if there is none."""
    raise NotImplementedError("write your solution here")
