"""Searches from every town: correct, but O(n²), far too slow for 100,000 towns."""


def longest_route(n: int, roads: list[list[int]]) -> int:
    links: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, w in roads:
        links[u].append((v, w))
        links[v].append((u, w))
    best = 0
    for start in range(n):
        dist = [-1] * n
        dist[start] = 0
        stack = [start]
        while stack:
            town = stack.pop()
            for nxt, w in links[town]:
                if dist[nxt] < 0:
                    dist[nxt] = dist[town] + w
                    stack.append(nxt)
        best = max(best, max(dist))
    return best
