"""The two farthest towns: the weighted diameter of a tree by two searches.

With positive weights, the town a farthest from any start is an end of some longest route: if the
longest route s–t avoided a, swapping one of its halves for the path to a would not make it
shorter. So one search from town 0 finds a, and a second search from a finds the diameter. Each
search is an explicit-stack walk (no recursion: a chain of 100,000 towns would overflow it).

Time O(n); space O(n).
"""


def _farthest(start: int, links: list[list[tuple[int, int]]]) -> tuple[int, int]:
    """The town farthest from ``start`` and its distance."""
    dist = [-1] * len(links)
    dist[start] = 0
    stack = [start]
    best = start
    while stack:
        town = stack.pop()
        if dist[town] > dist[best]:
            best = town
        for nxt, w in links[town]:
            if dist[nxt] < 0:
                dist[nxt] = dist[town] + w
                stack.append(nxt)
    return best, dist[best]


def longest_route(n: int, roads: list[list[int]]) -> int:
    """Return the length of the longest route between two of the ``n`` towns (0 if one town)."""
    links: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v, w in roads:
        links[u].append((v, w))
        links[v].append((u, w))
    end, _ = _farthest(0, links)
    return _farthest(end, links)[1]
