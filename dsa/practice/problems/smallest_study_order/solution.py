"""The smallest reading order: Kahn's algorithm with a min-heap of free chapters."""

import heapq


def smallest_order(n: int, rules: list[list[int]]) -> list[int]:
    """Return the smallest valid order of chapters 0..n-1, or [] if the rules form a cycle.

    Greedy is right here: whatever is read first, the smallest free chapter can be read now,
    and putting it first makes the order smaller than any order that starts otherwise. The free
    chapters wait in a min-heap. O((n + m) log n) time, O(n + m) extra space.
    """
    after: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    free = [c for c in range(n) if waiting[c] == 0]  # already a heap: increasing order
    order = []
    while free:
        c = heapq.heappop(free)
        order.append(c)
        for b in after[c]:
            waiting[b] -= 1
            if waiting[b] == 0:
                heapq.heappush(free, b)
    return order if len(order) == n else []
