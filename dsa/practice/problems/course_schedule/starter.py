"""Decide whether every course can be finished given its prerequisites."""


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    """True if some order takes every course after all of its prerequisites."""
    raise NotImplementedError("write your solution here")
