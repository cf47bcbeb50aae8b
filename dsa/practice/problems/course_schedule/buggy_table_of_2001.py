"""Hard-coded bound: tables sized for 2,000 courses (another site's limit), not 100,000."""

from collections import deque


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    size = 2_001
    unlocks: list[list[int]] = [[] for _ in range(size)]
    unmet = [0] * size
    for course, needed in prerequisites:
        unlocks[needed % size].append(course % size)
        unmet[course % size] += 1
    ready = deque(c for c in range(min(num_courses, size)) if unmet[c] == 0)
    taken = 0
    while ready:
        course = ready.popleft()
        taken += 1
        for later in unlocks[course]:
            unmet[later] -= 1
            if unmet[later] == 0:
                ready.append(later)
    return taken == min(num_courses, size)
