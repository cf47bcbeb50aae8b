"""Most tasks on time: earliest deadline first, dropping the longest task when late.

(Moore and Hodgson's algorithm.) Any set of tasks that can finish in time can do so in deadline
order, so the tasks are taken by deadline. The chosen set is kept on time and as large as
possible among the tasks seen; when adding a task makes it late, removing the longest chosen task
restores the count of the best set so far while leaving the smallest total time, so no later
choice is made worse. A max-heap finds the longest in O(log n).

Time O(n log n); space O(n).
"""

import heapq


def most_tasks_on_time(tasks: list[list[int]]) -> int:
    """Return how many of the ``[duration, deadline]`` tasks can be finished in time at most."""
    chosen: list[int] = []  # negated durations: heapq is a min-heap
    busy = 0
    for duration, deadline in sorted(tasks, key=lambda task: task[1]):
        heapq.heappush(chosen, -duration)
        busy += duration
        if busy > deadline:
            busy += heapq.heappop(chosen)  # the longest chosen task, negated
    return len(chosen)
