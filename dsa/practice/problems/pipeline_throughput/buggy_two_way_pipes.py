"""Pipes read as two-way: each pipe gets room c in both directions, so oil can flow against it."""

from collections import deque


def max_throughput(n: int, pipes: list[list[int]], source: int, sink: int) -> int:
    head, room = [], []
    out: list[list[int]] = [[] for _ in range(n)]
    for u, v, c in pipes:
        out[u].append(len(head))
        head.append(v)
        room.append(c)
        out[v].append(len(head))
        head.append(u)
        room.append(c)
    total = 0
    while True:
        via = [-2] * n
        via[source] = -1
        queue = deque([source])
        while queue and via[sink] == -2:
            u = queue.popleft()
            for e in out[u]:
                if room[e] > 0 and via[head[e]] == -2:
                    via[head[e]] = e
                    queue.append(head[e])
        if via[sink] == -2:
            return total
        path, v = [], sink
        while v != source:
            path.append(via[v])
            v = head[via[v] ^ 1]
        pushed = min(room[e] for e in path)
        for e in path:
            room[e] -= pushed
            room[e ^ 1] += pushed
        total += pushed
