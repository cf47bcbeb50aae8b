"""Bellman-Ford: relaxes every edge up to V times, O(V·E) instead of Dijkstra's O(E log V)."""


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[k] = 0
    for _ in range(n - 1):
        changed = False
        for u, v, w in times:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    worst = max(dist[1:])
    return -1 if worst == inf else int(worst)
