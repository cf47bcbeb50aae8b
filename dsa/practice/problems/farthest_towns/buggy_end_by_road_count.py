"""Finds the first end by counting roads (plain BFS), not kilometres, so it can pick a wrong end."""

from collections import deque


def _search(start, links, weighted):
    dist = [-1] * len(links)
    dist[start] = 0
    queue = deque([start])
    while queue:
        town = queue.popleft()
        for nxt, w in links[town]:
            if dist[nxt] < 0:
                dist[nxt] = dist[town] + (w if weighted else 1)
                queue.append(nxt)
    return max(range(len(links)), key=dist.__getitem__), max(dist)


def longest_route(n: int, roads: list[list[int]]) -> int:
    links: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, w in roads:
        links[u].append((v, w))
        links[v].append((u, w))
    end, _ = _search(0, links, weighted=False)
    return _search(end, links, weighted=True)[1]
