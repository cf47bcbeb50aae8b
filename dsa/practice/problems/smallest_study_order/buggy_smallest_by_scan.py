"""Finds the smallest free chapter by scanning every chapter each step: right, but O(n²)."""


def smallest_order(n: int, rules: list[list[int]]) -> list[int]:
    after: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in rules:
        after[a].append(b)
        waiting[b] += 1
    done = [False] * n
    order = []
    for _ in range(n):
        c = next((c for c in range(n) if not done[c] and waiting[c] == 0), None)
        if c is None:
            return []
        done[c] = True
        order.append(c)
        for b in after[c]:
            waiting[b] -= 1
    return order
