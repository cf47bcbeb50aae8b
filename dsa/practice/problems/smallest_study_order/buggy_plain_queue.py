"""Kahn's algorithm with a first-in-first-out queue: a valid order, not the smallest one."""

from collections import deque


def smallest_order(n: int, rules: list[list[int]]) -> list[int]:
    after: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    free = deque(c for c in range(n) if waiting[c] == 0)
    order = []
    while free:
        c = free.popleft()
        order.append(c)
        for b in after[c]:
            waiting[b] -= 1
            if waiting[b] == 0:
                free.append(b)
    return order if len(order) == n else []
