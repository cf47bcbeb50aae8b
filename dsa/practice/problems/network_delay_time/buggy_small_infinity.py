"""Bad sentinel: "infinity" is 10**6, but a chain of heavy links takes longer than that."""

import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    infinity = 10**6
    links: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    best = [infinity] * (n + 1)
    best[k] = 0
    heap = [(0, k)]
    while heap:
        time, node = heapq.heappop(heap)
        if time > best[node]:
            continue
        for nxt, w in links[node]:
            if time + w < best[nxt]:
                best[nxt] = time + w
                heapq.heappush(heap, (time + w, nxt))
    worst = max(best[1:])
    return -1 if worst >= infinity else worst
