"""Too slow: simulates every slot, idle ones included, scanning the kinds each time: O(answer)
slots, up to about 10**7, where counting is O(len(tasks))."""

from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    left = Counter(tasks)
    ready_at = dict.fromkeys(left, 0)
    time = 0
    while left:
        best = None
        for task in left:
            if ready_at[task] <= time and (best is None or left[task] > left[best]):
                best = task
        if best is not None:
            left[best] -= 1
            if left[best] == 0:
                del left[best]
            ready_at[best] = time + n + 1
        time += 1
    return time
