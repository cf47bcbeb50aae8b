"""Eulerian paths by Hierholzer's algorithm: walk every edge exactly once.

Euler's bridges of Königsberg: is there a walk that crosses every edge exactly once? Count
degrees. Every time a walk passes through a vertex it uses one edge in and one out, so every
vertex except the two ends must have even degree (undirected), or equal in- and out-degree
(directed). Conversely, if the degrees allow it and all edges lie in one connected piece, the
walk exists:

* undirected: 0 vertices of odd degree (the walk is a closed *circuit*) or exactly 2 (it runs
  from one to the other);
* directed: every vertex balanced (a circuit), or one vertex with ``out - in = 1`` (the start),
  one with ``in - out = 1`` (the end), and the rest balanced.

Hierholzer's algorithm builds the walk. Walk from the start along unused edges until stuck — by
the degree count you can only get stuck at the end vertex. Edges may remain, hanging off
vertices of this walk; so back up along the walk, and from each vertex that still has unused
edges walk a detour, which must come back to where it began, and splice it in. With one stack
this is a loop: the top of the stack walks forward while it has an unused edge, and a vertex
with none left is popped onto the answer. Invariant: the stack is a walk from the start along
used edges, and the answer (read backwards) is a walk from the top of the stack to the end
that uses every other used edge.

The connectivity condition needs no separate check: if the edges are not in one piece, the walk
comes back shorter than ``E + 1`` vertices and the function says so.

Each edge is used once and each vertex's list of edges is scanned once: time O(V + E), space
O(V + E). A self-loop counts twice towards its vertex's degree, as it should (it enters and
leaves).

>>> from dsa.structures.graph import Graph
>>> eulerian_path(Graph.from_edges([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")]))
['c', 'a', 'b', 'c', 'd']
>>> eulerian_path(Graph.from_edges([(1, 2), (2, 3), (3, 1)], directed=True))
[1, 2, 3, 1]
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["NoEulerianPathError", "eulerian_path", "has_eulerian_path"]


class NoEulerianPathError(ValueError):
    """Raised by :func:`eulerian_path` when the degrees or the connectivity rule a walk out.

    >>> str(NoEulerianPathError("3 vertices have odd degree"))
    'no Eulerian path: 3 vertices have odd degree'
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"no Eulerian path: {reason}")


def _incidence(graph: Graph[V]) -> tuple[dict[V, list[tuple[V, int]]], int]:
    """Each vertex's ``(neighbour, edge id)`` list; an undirected edge is listed at both ends
    under one id, a self-loop once (using it once is using it)."""
    incident: dict[V, list[tuple[V, int]]] = {v: [] for v in graph}
    edges = graph.edges()
    for i, (u, v, _) in enumerate(edges):
        incident[u].append((v, i))
        if not graph.directed and u != v:
            incident[v].append((u, i))
    return incident, len(edges)


def _start(graph: Graph[V], incident: dict[V, list[tuple[V, int]]]) -> V:
    """The vertex the walk must start from, after checking the degree conditions."""
    if graph.directed:
        surplus = {v: len(out) for v, out in incident.items()}
        for u in incident:
            for v, _ in incident[u]:
                surplus[v] -= 1
        starts = [v for v, s in surplus.items() if s == 1]
        ends = [v for v, s in surplus.items() if s == -1]
        if len(starts) + len(ends) != sum(s != 0 for s in surplus.values()) \
                or len(starts) > 1 or len(starts) != len(ends):
            unbalanced = {v: s for v, s in surplus.items() if s != 0}
            raise NoEulerianPathError(f"out-degree minus in-degree is {unbalanced}; at most one "
                                      "vertex may have +1 (the start) and one -1 (the end)")
        candidates = starts or [v for v, out in incident.items() if out]
    else:
        odd = [v for v in graph if (len(incident[v]) + graph.has_edge(v, v)) % 2]
        if len(odd) not in (0, 2):
            shown = ", ".join(repr(v) for v in odd[:4]) + (", ..." if len(odd) > 4 else "")
            raise NoEulerianPathError(f"{len(odd)} vertices have odd degree ({shown}); "
                                      "a path needs 0 or 2")
        candidates = odd or [v for v, edges in incident.items() if edges]
    return candidates[0]


def eulerian_path(graph: Graph[V]) -> list[V]:
    """Return a walk ``[v0, v1, ..., vE]`` that uses every edge exactly once.

    It is a circuit (``v0 == vE``) whenever the degrees allow one. A graph without edges has
    the empty walk ``[]``. Raises :class:`NoEulerianPathError` otherwise.

    >>> eulerian_path(Graph.from_edges([(0, 1), (1, 2), (2, 0), (5, 6), (6, 7), (7, 5)]))
    Traceback (most recent call last):
        ...
    dsa.graphs.eulerian.NoEulerianPathError: no Eulerian path: the edges are not all connected
    """
    incident, edge_count = _incidence(graph)
    if edge_count == 0:
        return []
    used = [False] * edge_count
    next_edge = dict.fromkeys(incident, 0)  # how far each vertex's edge list has been scanned
    stack = [_start(graph, incident)]
    walk: list[V] = []
    while stack:
        u = stack[-1]
        edges = incident[u]
        while next_edge[u] < len(edges) and used[edges[next_edge[u]][1]]:
            next_edge[u] += 1
        if next_edge[u] == len(edges):
            walk.append(stack.pop())
        else:
            v, i = edges[next_edge[u]]
            used[i] = True
            stack.append(v)
    if len(walk) != edge_count + 1:
        raise NoEulerianPathError("the edges are not all connected")
    walk.reverse()
    return walk


def has_eulerian_path(graph: Graph[V]) -> bool:
    """Whether some walk uses every edge of the graph exactly once.

    >>> has_eulerian_path(Graph.from_edges([(0, 1), (0, 2), (0, 3)]))
    False
    """
    try:
        eulerian_path(graph)
    except NoEulerianPathError:
        return False
    return True
