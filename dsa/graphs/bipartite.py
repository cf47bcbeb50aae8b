"""Bipartite check: 2-colour a graph by BFS, or find an odd cycle that proves it cannot be done.

A graph is *bipartite* when its vertices split into two sides with every edge crossing between
them — jobs and workers, students and projects, the two colours of a chessboard. Equivalently,
its vertices can be coloured 0 and 1 so that no edge joins two equal colours.

Colour by breadth-first search: the source gets 0, and every vertex discovered from ``u`` gets
the other colour, ``1 - colour[u]``. So a vertex's colour is the parity of its BFS distance.
Invariant: every tree edge joins two colours. If an edge ``u — v`` is ever found with
``colour[u] == colour[v]``, then ``u`` and ``v`` are at distances of equal parity from the
source; their two tree paths up to their lowest common ancestor, plus the edge itself, form a
cycle of odd length — and an odd cycle cannot be 2-coloured (colours must alternate around it
and come back to the start). So the search always ends with a certificate: a colouring, or an
odd cycle. (So a graph is bipartite exactly when it has no odd cycle.)

Each component is coloured from its own source; a self-loop is an odd cycle of length 1. Only
undirected graphs are accepted — bipartiteness ignores direction, so pass an undirected copy.

Time O(V + E), space O(V).

>>> from dsa.structures.graph import Graph
>>> two_colouring(Graph.from_edges([("a", "x"), ("b", "x"), ("b", "y")]))
{'a': 0, 'x': 1, 'b': 0, 'y': 1}
>>> triangle = Graph.from_edges([(1, 2), (2, 3), (3, 1)])
>>> is_bipartite(triangle), odd_cycle(triangle)
(False, [1, 2, 3])
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["NotBipartiteError", "is_bipartite", "odd_cycle", "two_colouring"]


class NotBipartiteError(ValueError):
    """Raised by :func:`two_colouring`; ``cycle`` is an odd cycle ``[v0, ..., vk]`` (with the
    edge ``vk — v0`` closing it) that no 2-colouring can get round.

    >>> NotBipartiteError([1, 2, 3]).cycle
    [1, 2, 3]
    """

    def __init__(self, cycle: list) -> None:
        self.cycle = cycle
        route = " - ".join(repr(v) for v in [*cycle, cycle[0]])
        super().__init__(f"not bipartite: odd cycle {route}")


def two_colouring(graph: Graph[V]) -> dict[V, int]:
    """Return ``{vertex: 0 or 1}`` with every edge joining different colours.

    Raises :class:`NotBipartiteError`, carrying an odd cycle, when no such colouring exists.

    >>> two_colouring(Graph.from_edges([(1, 2)], vertices=[0]))
    {0: 0, 1: 0, 2: 1}
    >>> two_colouring(Graph.from_edges([(1, 1)]))
    Traceback (most recent call last):
        ...
    dsa.graphs.bipartite.NotBipartiteError: not bipartite: odd cycle 1 - 1
    """
    if graph.directed:
        raise ValueError("two_colouring needs an undirected graph; bipartiteness ignores "
                         "direction, so rebuild the graph with directed=False")
    colour: dict[V, int] = {}
    parent: dict[V, V | None] = {}
    for source in graph:
        if source in colour:
            continue
        colour[source], parent[source] = 0, None
        queue = deque([source])
        while queue:
            u = queue.popleft()
            for v in graph.neighbors(u):
                if v not in colour:
                    colour[v], parent[v] = 1 - colour[u], u
                    queue.append(v)
                elif colour[v] == colour[u]:
                    raise NotBipartiteError(_close_cycle(parent, u, v))
    return colour


def _close_cycle(parent: dict[V, V | None], u: V, v: V) -> list[V]:
    """The cycle made by the tree paths from ``u`` and ``v`` up to their common ancestor, and u—v.

    Returned as ancestor ... u, then v ... (the vertex just below the ancestor): the edge u—v
    and the last tree edge back to the ancestor close it.
    """
    up_from_u = [u]
    while (p := parent[up_from_u[-1]]) is not None:
        up_from_u.append(p)
    on_u_path = set(up_from_u)
    up_from_v = [v]
    while up_from_v[-1] not in on_u_path:
        up_from_v.append(parent[up_from_v[-1]])  # type: ignore[arg-type]
    ancestor = up_from_v.pop()
    return up_from_u[: up_from_u.index(ancestor) + 1][::-1] + up_from_v


def is_bipartite(graph: Graph[V]) -> bool:
    """Whether the undirected graph can be 2-coloured.

    >>> is_bipartite(Graph.from_edges([(0, 1), (1, 2), (2, 3), (3, 0)]))
    True
    """
    return odd_cycle(graph) is None


def odd_cycle(graph: Graph[V]) -> list[V] | None:
    """An odd cycle of the undirected graph, or ``None`` if it is bipartite.

    >>> odd_cycle(Graph.from_edges([(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)]))
    [0, 1, 2, 3, 4]
    """
    try:
        two_colouring(graph)
    except NotBipartiteError as error:
        return error.cycle
    return None
