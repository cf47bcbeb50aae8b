"""Array Dijkstra: scans every node for the nearest unsettled one, O(V²) instead of O(E log V)."""


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    links: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    inf = float("inf")
    best = [inf] * (n + 1)
    best[k] = 0
    settled = [False] * (n + 1)
    for _ in range(n):
        node = min((i for i in range(1, n + 1) if not settled[i]), key=best.__getitem__)
        if best[node] == inf:
            return -1
        settled[node] = True
        for nxt, w in links[node]:
            best[nxt] = min(best[nxt], best[node] + w)
    return max(best[1:])
