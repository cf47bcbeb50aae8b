"""Forgets unreachable nodes: returns the latest time among the nodes reached, never -1."""

import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    links: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    settled: dict[int, int] = {}
    heap = [(0, k)]
    while heap:
        time, node = heapq.heappop(heap)
        if node in settled:
            continue
        settled[node] = time
        for nxt, w in links[node]:
            if nxt not in settled:
                heapq.heappush(heap, (time + w, nxt))
    return max(settled.values())
