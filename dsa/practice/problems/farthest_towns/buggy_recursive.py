"""Recursive tree DP: right answers, but a chain of 100,000 towns exceeds Python's recursion
limit."""


def longest_route(n: int, roads: list[list[int]]) -> int:
    links: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, w in roads:
        links[u].append((v, w))
        links[v].append((u, w))
    best = 0

    def deepest(town: int, came_from: int) -> int:
        nonlocal best
        top = 0
        for nxt, w in links[town]:
            if nxt != came_from:
                down = deepest(nxt, town) + w
                best = max(best, top + down)
                top = max(top, down)
        return top

    deepest(0, -1)
    return best
