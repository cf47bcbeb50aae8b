"""Greedy on the wrong key: runs the first available task by name, not the one with most left."""

from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    left = Counter(tasks)
    ready_at = dict.fromkeys(left, 0)
    time = 0
    while left:
        ready = sorted(t for t in left if ready_at[t] <= time)
        if ready:
            task = ready[0]
            left[task] -= 1
            if left[task] == 0:
                del left[task]
            ready_at[task] = time + n + 1
        time += 1
    return time
