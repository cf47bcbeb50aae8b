"""One search only: returns the farthest distance from town 0, not from the end of the diameter."""


def longest_route(n: int, roads: list[list[int]]) -> int:
    links: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, w in roads:
        links[u].append((v, w))
        links[v].append((u, w))
    dist = [-1] * n
    dist[0] = 0
    stack = [0]
    while stack:
        town = stack.pop()
        for nxt, w in links[town]:
            if dist[nxt] < 0:
                dist[nxt] = dist[town] + w
                stack.append(nxt)
    return max(dist)
