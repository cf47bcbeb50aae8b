"""Floyd–Warshall: shortest distances between every pair of vertices.

Number the vertices ``k1, k2, ...``. Invariant: after the round for ``k``, ``distance[i][j]``
is the length of the shortest path from ``i`` to ``j`` whose *intermediate* vertices are all
among the rounds done so far. Letting ``k`` in as well, a shortest path either avoids ``k`` or
passes through it once:

    distance[i][j] = min(distance[i][j], distance[i][k] + distance[k][j])

After the last round every vertex may be used: the table is complete. ``next_hop[i][j]`` is the
first step of a shortest ``i → j`` path, so paths unroll without a parent per source.

Negative edges are fine. A negative cycle shows itself on the diagonal: ``distance[v][v] < 0``
exactly when ``v`` lies on (or reaches back to itself through) a negative cycle; then the other
entries through such a ``v`` are not shortest-path lengths, since none exists.

Time O(V³), space O(V²).
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph

__all__ = ["floyd_warshall", "floyd_warshall_path", "has_negative_cycle"]

V = TypeVar("V", bound=Hashable)

Table = dict[V, dict[V, float]]


def floyd_warshall(graph: Graph[V]) -> tuple[Table, dict[V, dict[V, V | None]]]:
    """Return ``(distance, next_hop)`` for every ordered pair of vertices.

    >>> g = Graph.from_edges([(1, 2, 3), (2, 3, -1), (1, 3, 5)], directed=True)
    >>> distance, next_hop = floyd_warshall(g)
    >>> distance[1][3], distance[3][1], floyd_warshall_path(next_hop, 1, 3)
    (2, inf, [1, 2, 3])
    """
    vertices = graph.vertices()
    distance: Table = {u: dict.fromkeys(vertices, math.inf) for u in vertices}
    next_hop: dict[V, dict[V, V | None]] = {u: dict.fromkeys(vertices) for u in vertices}
    for v in vertices:
        distance[v][v] = 0
        next_hop[v][v] = v
    for u, v, w in graph.edges():
        arcs = [(u, v)] if graph.directed else [(u, v), (v, u)]
        for a, b in arcs:
            if w < distance[a][b]:
                distance[a][b] = w
                next_hop[a][b] = b
    for k in vertices:
        row_k = distance[k]
        for i in vertices:
            via = distance[i][k]
            if via == math.inf:
                continue
            row_i = distance[i]
            for j in vertices:
                if via + row_k[j] < row_i[j]:
                    row_i[j] = via + row_k[j]
                    next_hop[i][j] = next_hop[i][k]
    return distance, next_hop


def has_negative_cycle(distance: Table) -> bool:
    """Whether a Floyd–Warshall distance table shows a negative cycle (a negative diagonal).

    >>> has_negative_cycle(floyd_warshall(Graph.from_edges([(0, 1, -1)], directed=True))[0])
    False
    >>> has_negative_cycle(floyd_warshall(Graph.from_edges([(0, 1, -1)]))[0])
    True
    """
    return any(row[v] < 0 for v, row in distance.items())


def floyd_warshall_path(next_hop: dict[V, dict[V, V | None]], u: V, v: V) -> list[V]:
    """Unroll the shortest path ``u → v`` from ``next_hop``; ``[]`` if ``v`` is unreachable.

    >>> _, next_hop = floyd_warshall(Graph.from_edges([("a", "b"), ("b", "c")]))
    >>> floyd_warshall_path(next_hop, "c", "a")
    ['c', 'b', 'a']
    """
    if next_hop[u][v] is None:
        return []
    path = [u]
    while u != v:
        u = next_hop[u][v]  # type: ignore[assignment]
        path.append(u)
        if len(path) > len(next_hop):
            raise ValueError("the path loops: the graph has a negative cycle on the way")
    return path
