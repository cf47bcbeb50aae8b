"""Breadth-first search that gives a course its term when it is first reached, i.e. one term
after its first finished prerequisite, not its last."""

from collections import deque


def fewest_terms(n: int, prereqs: list[list[int]]) -> int:
    after: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in prereqs:
        after[a].append(b)
        waiting[b] += 1
    term = [1 if waiting[c] == 0 else 0 for c in range(n)]
    queue = deque(c for c in range(n) if waiting[c] == 0)
    taken = 0
    while queue:
        c = queue.popleft()
        taken += 1
        for b in after[c]:
            if term[b] == 0:
                term[b] = term[c] + 1
            waiting[b] -= 1
            if waiting[b] == 0:
                queue.append(b)
    return max(term) if taken == n else -1
