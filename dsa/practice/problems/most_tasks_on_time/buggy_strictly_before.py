"""Off by one: a task finishing exactly at its deadline is counted as late."""

import heapq


def most_tasks_on_time(tasks: list[list[int]]) -> int:
    chosen: list[int] = []
    busy = 0
    for duration, deadline in sorted(tasks, key=lambda task: task[1]):
        heapq.heappush(chosen, -duration)
        busy += duration
        if busy >= deadline:
            busy += heapq.heappop(chosen)
    return len(chosen)
