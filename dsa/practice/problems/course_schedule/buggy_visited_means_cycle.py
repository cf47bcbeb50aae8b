"""Two states instead of three: any course seen before counts as a cycle, so diamonds fail."""


def can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool:
    unlocks: list[list[int]] = [[] for _ in range(num_courses)]
    for course, needed in prerequisites:
        unlocks[needed].append(course)
    visited = [False] * num_courses
    for start in range(num_courses):
        if visited[start]:
            continue
        stack = [start]
        while stack:
            course = stack.pop()
            if visited[course]:
                return False
            visited[course] = True
            stack.extend(unlocks[course])
    return True
