"""The most tasks one worker can finish before their deadlines."""


def most_tasks_on_time(tasks: list[list[int]]) -> int:
    """Return how many of the ``[duration, deadline]`` tasks can be finished in time at most."""
    raise NotImplementedError("write your solution here")
