"""Connected components of an undirected graph.

Two vertices are in the same component when some path joins them. Start a BFS at any vertex not
yet labelled: everything it reaches is one component. Repeat until every vertex is labelled.
Invariant: each labelled vertex is in the component of the search that first reached it, and
no search crosses into another component (there is no edge to cross).

For a directed graph the analogue is *strongly* connected components
(:mod:`dsa.graphs.strongly_connected`).

Time O(V + E), space O(V).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from dsa.graphs.traversal import bfs
from dsa.structures.graph import Graph

__all__ = ["connected_components"]

V = TypeVar("V", bound=Hashable)


def connected_components(graph: Graph[V]) -> list[list[V]]:
    """Return the components, each a list in BFS order, in order of their first vertex.

    >>> g = Graph.from_edges([(1, 2), (2, 3), (4, 5)], vertices=[6])
    >>> connected_components(g)
    [[6], [1, 2, 3], [4, 5]]
    """
    if graph.directed:
        raise ValueError(
            "connected_components needs an undirected graph; for a directed graph use "
            "strongly_connected_components"
        )
    labelled: set[V] = set()
    components = []
    for v in graph:
        if v not in labelled:
            component = bfs(graph, v).order
            labelled.update(component)
            components.append(component)
    return components
