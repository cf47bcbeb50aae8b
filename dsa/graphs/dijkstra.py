"""Dijkstra's shortest paths from one source, for non-negative edge weights.

Grow a set of *settled* vertices whose shortest distance is known. The frontier lives in an
indexed min-priority queue keyed by tentative distance. Each step settles the closest frontier
vertex ``u`` and *relaxes* its edges: if going through ``u`` is shorter,
``distance[v] = distance[u] + w`` and ``parent[v] = u`` (``decrease_key`` if ``v`` waits in the
queue). Invariant: when a vertex is popped its distance is final — any other route would leave
the settled set through a frontier vertex that is at least as far, and non-negative edges can
only add length. One negative edge breaks that argument, so it is rejected up front (use
:func:`dsa.graphs.bellman_ford.bellman_ford`).

Time O((V + E) log V) with a binary-heap priority queue, space O(V).
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph
from dsa.structures.indexed_priority_queue import IndexedMinPQ

__all__ = ["dijkstra"]

V = TypeVar("V", bound=Hashable)


def dijkstra(graph: Graph[V], source: V) -> tuple[dict[V, float], dict[V, V | None]]:
    """Return ``(distance, parent)``: shortest distances from ``source`` and the path tree.

    ``distance`` has every vertex (``math.inf`` if unreachable); ``parent`` has the reached ones,
    with ``parent[source] = None`` (see :func:`dsa.graphs.paths.path_to`).

    >>> g = Graph.from_edges([("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5)],
    ...                      directed=True, vertices=["z"])
    >>> distance, parent = dijkstra(g, "a")
    >>> distance
    {'z': inf, 'a': 0, 'b': 3, 'c': 1, 'd': 8}
    >>> from dsa.graphs.paths import path_to
    >>> path_to(parent, "d")
    ['a', 'c', 'b', 'd']
    """
    if source not in graph:
        raise KeyError(f"source {source!r} is not in the graph")
    for u, v, w in graph.edges():
        if w < 0:
            raise ValueError(
                f"Dijkstra needs non-negative weights, but edge {u!r} -> {v!r} weighs {w}; "
                "use bellman_ford for negative weights"
            )
    distance: dict[V, float] = dict.fromkeys(graph, math.inf)
    distance[source] = 0
    parent: dict[V, V | None] = {source: None}
    frontier: IndexedMinPQ[V, float] = IndexedMinPQ()
    frontier.push(source, 0)
    while frontier:
        u, d = frontier.pop()
        for v, w in graph.weighted_neighbors(u):
            if d + w < distance[v]:
                distance[v] = d + w
                parent[v] = u
                if v in frontier:
                    frontier.decrease_key(v, d + w)
                else:
                    frontier.push(v, d + w)
    return distance, parent
