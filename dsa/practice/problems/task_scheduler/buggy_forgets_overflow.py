"""Forgets the overflow case: returns the frame size even when there are more tasks than slots."""

from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    counts = Counter(tasks)
    top = max(counts.values())
    kinds_at_top = sum(1 for c in counts.values() if c == top)
    return (top - 1) * (n + 1) + kinds_at_top
