"""Shortest first: takes tasks by duration, ignoring deadlines, while they still finish in time."""


def most_tasks_on_time(tasks: list[list[int]]) -> int:
    busy = done = 0
    for duration, deadline in sorted(tasks):
        if busy + duration <= deadline:
            busy += duration
            done += 1
    return done
