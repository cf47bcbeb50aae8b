"""Checks only direct contradictions (a needs b and b needs a), missing longer cycles."""


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    pairs = {(a, b) for a, b in prerequisites}
    return not any(a == b or (b, a) in pairs for a, b in pairs)
