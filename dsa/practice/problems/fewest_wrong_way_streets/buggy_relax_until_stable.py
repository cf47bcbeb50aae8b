"""Bellman-Ford: relaxes every street until nothing changes, O(n·m) on a long backwards chain."""


def fewest_fines(n: int, streets: list[list[int]]) -> int:
    inf = float("inf")
    fines = [inf] * n
    fines[0] = 0
    changed = True
    while changed:
        changed = False
        for u, v in streets:
            if fines[u] < fines[v]:
                fines[v], changed = fines[u], True
            if fines[v] + 1 < fines[u]:
                fines[u], changed = fines[v] + 1, True
    return -1 if fines[n - 1] == inf else fines[n - 1]
