"""Johnson's all-pairs shortest paths: reweight with Bellman–Ford, then Dijkstra from each vertex.

Floyd–Warshall (:mod:`dsa.graphs.floyd_warshall`) costs O(V³) however few edges there are.
Running Dijkstra from every vertex costs O(V·(V + E) log V) — much less on a sparse graph — but
Dijkstra is wrong with negative edges. Johnson's idea is to remove the negative weights without
changing which paths are shortest.

Give each vertex a *potential* ``h(v)`` and replace each weight by

    w'(u, v) = w(u, v) + h(u) - h(v)

Along any path from ``s`` to ``t`` the potentials telescope: its new length is its old length
plus ``h(s) - h(t)``, the same constant for every ``s → t`` path, so the shortest paths stay
the shortest. To make every ``w'`` non-negative, add a new vertex ``q`` with a 0-weight edge to
every vertex and take ``h(v)`` = the shortest distance from ``q`` (Bellman–Ford, which also
reports a negative cycle if there is one). The triangle inequality ``h(v) <= h(u) + w(u, v)``
is exactly ``w'(u, v) >= 0``. Then run Dijkstra from each vertex on ``w'`` and undo the shift:
``d(s, t) = d'(s, t) - h(s) + h(t)``.

Invariant: the reweighted graph has the same shortest paths as the original and no negative
edge.

| step | time |
|---|---|
| Bellman–Ford from ``q`` | O(V·E) |
| V runs of Dijkstra | O(V·(V + E) log V) |
| total | O(V·E log V) for a connected graph; space O(V²) for the answer |

An undirected edge is two arcs, so a negative undirected edge is already a negative cycle.

>>> from dsa.structures.graph import Graph
>>> g = Graph.from_edges([("a", "b", -2), ("b", "c", 3), ("a", "c", 4), ("c", "a", 1)],
...                      directed=True)
>>> distance, parent = johnson(g)
>>> distance["a"]
{'a': 0, 'b': -2, 'c': 1}
>>> from dsa.graphs.paths import path_to
>>> path_to(parent["c"], "b")
['c', 'a', 'b']
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from dsa.graphs.bellman_ford import bellman_ford
from dsa.graphs.dijkstra import dijkstra
from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["johnson"]


def johnson(
    graph: Graph[V],
) -> tuple[dict[V, dict[V, float]], dict[V, dict[V, V | None]]]:
    """Return ``(distance, parent)``: ``distance[s][t]`` for every pair and, for each source
    ``s``, its shortest-path tree ``parent[s]`` (see :func:`dsa.graphs.paths.path_to`).

    Raises :class:`dsa.graphs.bellman_ford.NegativeCycleError` if a negative cycle exists.

    >>> johnson(Graph.from_edges([(1, 2, 5)], directed=True))[0]
    {1: {1: 0, 2: 5}, 2: {1: inf, 2: 0}}
    >>> johnson(Graph.from_edges([(1, 2, -1)]))
    Traceback (most recent call last):
        ...
    dsa.graphs.bellman_ford.NegativeCycleError: negative cycle 1 -> 2 -> 1: ...
    """
    h = _potentials(graph)
    reweighted: Graph[V] = Graph(directed=True)
    for v in graph:
        reweighted.add_vertex(v)
    for u, v, w in _arcs(graph):
        # exact weights give w' >= 0; float rounding can leave -1e-16 where the truth is 0
        reweighted.add_edge(u, v, max(w + h[u] - h[v], 0))
    distance: dict[V, dict[V, float]] = {}
    parent: dict[V, dict[V, V | None]] = {}
    for s in graph:
        shifted, parent[s] = dijkstra(reweighted, s)
        distance[s] = {t: d - h[s] + h[t] for t, d in shifted.items()}
    return distance, parent


def _arcs(graph: Graph[V]) -> list[tuple[V, V, float]]:
    arcs = graph.edges()
    if not graph.directed:
        arcs += [(v, u, w) for u, v, w in arcs if u != v]
    return arcs


def _potentials(graph: Graph[V]) -> dict[V, float]:
    """Shortest distances from a new vertex joined to every vertex by a 0-weight edge."""
    q = object()  # a fresh object cannot clash with any vertex of the graph
    extended: Graph = Graph(directed=True)
    for v in graph:
        extended.add_edge(q, v, 0)
    for u, v, w in _arcs(graph):
        extended.add_edge(u, v, w)
    distance, _ = bellman_ford(extended, q)
    del distance[q]
    return distance
