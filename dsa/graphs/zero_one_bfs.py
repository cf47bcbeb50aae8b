"""0-1 BFS: shortest paths when every edge weighs 0 or 1, with a deque instead of a heap.

Dijkstra's algorithm needs a priority queue because tentative distances arrive in any order.
With weights of only 0 and 1 they cannot: while the vertices at distance ``d`` are being
settled, every newly found distance is ``d`` (over a 0-edge) or ``d + 1`` (over a 1-edge). So a
double-ended queue can stand in for the heap — push a vertex reached by a 0-edge at the *front*
and one reached by a 1-edge at the *back*.

Invariant: the deque holds entries of at most two distances, ``d`` then ``d + 1``, in
non-decreasing order — exactly Dijkstra's frontier, read from the front. When a vertex is taken
from the front for the first time its distance is final (the same argument as Dijkstra's);
later, staler entries for it are skipped. Each edge is relaxed once, when its tail is settled,
and pushes at most one entry, so the deque sees at most ``E + 1`` pushes.

Typical uses: grids where some moves are free, "fewest edges to reverse" (existing edges cost 0,
reversed ones 1), fewest wall removals.

Time O(V + E) — no log factor; space O(V + E).

>>> from dsa.structures.graph import Graph
>>> g = Graph.from_edges([("s", "a", 1), ("s", "b", 0), ("b", "c", 0), ("c", "a", 0)],
...                      directed=True)
>>> distance, parent = zero_one_bfs(g, "s")
>>> distance
{'s': 0, 'a': 0, 'b': 0, 'c': 0}
>>> from dsa.graphs.paths import path_to
>>> path_to(parent, "a")
['s', 'b', 'c', 'a']
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["zero_one_bfs"]


def zero_one_bfs(graph: Graph[V], source: V) -> tuple[dict[V, float], dict[V, V | None]]:
    """Return ``(distance, parent)`` from ``source`` in a graph whose weights are all 0 or 1.

    ``distance`` has every vertex (``math.inf`` if unreachable), like
    :func:`dsa.graphs.dijkstra.dijkstra`.

    >>> zero_one_bfs(Graph.from_edges([(0, 1, 1)], vertices=[2]), 0)[0]
    {2: inf, 0: 0, 1: 1}
    >>> zero_one_bfs(Graph.from_edges([(0, 1, 2)]), 0)
    Traceback (most recent call last):
        ...
    ValueError: edge 0 -> 1 weighs 2; 0-1 BFS needs weights 0 or 1 (use dijkstra otherwise)
    """
    if source not in graph:
        raise KeyError(f"source {source!r} is not in the graph")
    for u, v, w in graph.edges():
        if w not in (0, 1):
            raise ValueError(f"edge {u!r} -> {v!r} weighs {w}; 0-1 BFS needs weights 0 or 1 "
                             "(use dijkstra otherwise)")
    distance: dict[V, float] = dict.fromkeys(graph, math.inf)
    distance[source] = 0
    parent: dict[V, V | None] = {source: None}
    settled: set[V] = set()
    frontier = deque([source])
    while frontier:
        u = frontier.popleft()
        if u in settled:
            continue  # a stale entry: u was settled from an earlier, closer entry
        settled.add(u)
        for v, w in graph.weighted_neighbors(u):
            if distance[u] + w < distance[v]:
                distance[v] = distance[u] + w
                parent[v] = u
                if w == 0:
                    frontier.appendleft(v)
                else:
                    frontier.append(v)
    return distance, parent
