"""Ignores ties: assumes only one kind of task has the highest frequency."""

from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    counts = Counter(tasks)
    top = max(counts.values())
    return max(len(tasks), (top - 1) * (n + 1) + 1)
