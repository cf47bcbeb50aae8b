"""Hard-coded bound: caps the cooldown at 25, reasoning that only 26 kinds of task exist, but
idle slots count too, so n up to 100 matters."""

from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    counts = Counter(tasks)
    top = max(counts.values())
    kinds_at_top = sum(1 for c in counts.values() if c == top)
    gap = min(n, 25)
    return max(len(tasks), (top - 1) * (gap + 1) + kinds_at_top)
