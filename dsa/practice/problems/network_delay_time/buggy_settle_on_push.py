"""Settles a node when it is first pushed, not when popped: a later, shorter route is ignored."""

import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    links: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    best = {k: 0}
    heap = [(0, k)]
    while heap:
        time, node = heapq.heappop(heap)
        for nxt, w in links[node]:
            if nxt not in best:
                best[nxt] = time + w
                heapq.heappush(heap, (time + w, nxt))
    return max(best.values()) if len(best) == n else -1
