"""Capacity table overwritten: cap[u][v] = c keeps only the last of two parallel pipes instead
of adding them up (Edmonds–Karp on an n × n table otherwise right)."""

from collections import deque


def max_throughput(n: int, pipes: list[list[int]], source: int, sink: int) -> int:
    cap = [[0] * n for _ in range(n)]
    for u, v, c in pipes:
        cap[u][v] = c
    total = 0
    while True:
        parent = [-1] * n
        parent[source] = source
        queue = deque([source])
        while queue and parent[sink] < 0:
            u = queue.popleft()
            for v in range(n):
                if cap[u][v] > 0 and parent[v] < 0:
                    parent[v] = u
                    queue.append(v)
        if parent[sink] < 0:
            return total
        pushed, v = 10**18, sink
        while v != source:
            pushed = min(pushed, cap[parent[v]][v])
            v = parent[v]
        v = sink
        while v != source:
            cap[parent[v]][v] -= pushed
            cap[v][parent[v]] += pushed
            v = parent[v]
        total += pushed
