"""Returns the chapters it could order even when a cycle leaves some out, instead of []."""

import heapq


def smallest_order(n: int, rules: list[list[int]]) -> list[int]:
    after: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    free = [c for c in range(n) if waiting[c] == 0]
    order = []
    while free:
        c = heapq.heappop(free)
        order.append(c)
        for b in after[c]:
            waiting[b] -= 1
            if waiting[b] == 0:
                heapq.heappush(free, b)
    return order
