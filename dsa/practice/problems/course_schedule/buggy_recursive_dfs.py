"""Recursive DFS: a chain of 100,000 courses exceeds Python's recursion limit (RecursionError)."""


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    unlocks: list[list[int]] = [[] for _ in range(num_courses)]
    for course, needed in prerequisites:
        unlocks[needed].append(course)
    state = [0] * num_courses  # 0 new, 1 on the current path, 2 finished

    def acyclic_from(course: int) -> bool:
        if state[course] == 1:
            return False
        if state[course] == 2:
            return True
        state[course] = 1
        if not all(acyclic_from(later) for later in unlocks[course]):
            return False
        state[course] = 2
        return True

    return all(acyclic_from(c) for c in range(num_courses))
