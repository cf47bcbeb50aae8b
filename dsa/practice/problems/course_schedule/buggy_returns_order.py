"""Wrong type: returns the order found (a list, empty when stuck) instead of True or False."""

from collections import deque


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    unlocks: list[list[int]] = [[] for _ in range(num_courses)]
    unmet = [0] * num_courses
    for course, needed in prerequisites:
        unlocks[needed].append(course)
        unmet[course] += 1
    ready = deque(c for c in range(num_courses) if unmet[c] == 0)
    order = []
    while ready:
        course = ready.popleft()
        order.append(course)
        for later in unlocks[course]:
            unmet[later] -= 1
            if unmet[later] == 0:
                ready.append(later)
    return order if len(order) == num_courses else []
