"""Never swaps: takes tasks by deadline and skips any that would be late, keeping earlier ones."""


def most_tasks_on_time(tasks: list[list[int]]) -> int:
    busy = done = 0
    for duration, deadline in sorted(tasks, key=lambda task: task[1]):
        if busy + duration <= deadline:
            busy += duration
            done += 1
    return done
