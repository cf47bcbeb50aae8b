"""No heap: finds the longest chosen task by scanning a list, O(n²) when tasks keep being
dropped."""


def most_tasks_on_time(tasks: list[list[int]]) -> int:
    chosen: list[int] = []
    busy = 0
    for duration, deadline in sorted(tasks, key=lambda task: task[1]):
        chosen.append(duration)
        busy += duration
        if busy > deadline:
            longest = max(chosen)
            chosen.remove(longest)
            busy -= longest
    return len(chosen)
