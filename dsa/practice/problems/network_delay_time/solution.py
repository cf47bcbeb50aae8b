"""Network delay time: Dijkstra's algorithm from k, then the largest distance.

Weights are non-negative, so the unsettled node with the smallest tentative distance cannot be
improved later: popping it from a heap settles it. A node can sit in the heap several times with
older, larger distances; those stale entries are skipped. Each edge pushes at most once:
O(E log V) time (log E = O(log V)), O(V + E) space.
"""

import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    """Return when the last of nodes 1..n hears a signal from ``k``, or -1 if one never does."""
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
    return max(settled.values()) if len(settled) == n else -1
