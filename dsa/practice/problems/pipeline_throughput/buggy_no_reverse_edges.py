"""No residual edges: pushes along shortest paths with room, but can never send flow back, so
an early path can block the maximum."""

from collections import deque


def max_throughput(n: int, pipes: list[list[int]], source: int, sink: int) -> int:
    room = [c for _, _, c in pipes]
    out: list[list[int]] = [[] for _ in range(n)]
    for i, (u, _, _) in enumerate(pipes):
        out[u].append(i)
    total = 0
    while True:
        via = [-2] * n
        via[source] = -1
        queue = deque([source])
        while queue and via[sink] == -2:
            u = queue.popleft()
            for i in out[u]:
                v = pipes[i][1]
                if room[i] > 0 and via[v] == -2:
                    via[v] = i
                    queue.append(v)
        if via[sink] == -2:
            return total
        path, v = [], sink
        while v != source:
            path.append(via[v])
            v = pipes[via[v]][0]
        pushed = min(room[i] for i in path)
        for i in path:
            room[i] -= pushed
        total += pushed
