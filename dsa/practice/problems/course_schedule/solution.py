"""Course schedule: Kahn's algorithm — repeatedly take a course with no unmet prerequisite.

With an arrow from each prerequisite to the course needing it, every course can be finished
exactly when the graph has no cycle. Kahn's algorithm keeps, per course, the number of unmet
prerequisites, and a queue of courses with none. Taking a course meets one prerequisite of each
course after it. The courses on a cycle never reach zero, so all courses are taken if and only if
there is no cycle. No recursion, so long chains are fine. O(V + E) time and space.
"""

from collections import deque


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    """True if some order takes every course after all of its prerequisites."""
    unlocks: list[list[int]] = [[] for _ in range(num_courses)]
    unmet = [0] * num_courses
    for course, needed in prerequisites:
        unlocks[needed].append(course)
        unmet[course] += 1
    ready = deque(c for c in range(num_courses) if unmet[c] == 0)
    taken = 0
    while ready:
        course = ready.popleft()
        taken += 1
        for later in unlocks[course]:
            unmet[later] -= 1
            if unmet[later] == 0:
                ready.append(later)
    return taken == num_courses
