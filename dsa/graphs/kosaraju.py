"""Kosaraju's strongly connected components: two depth-first searches, the second on the reverse.

Tarjan's algorithm (:mod:`dsa.graphs.strongly_connected`) finds the SCCs in one DFS with low-link
bookkeeping. Kosaraju's (and Sharir's) needs no bookkeeping, only two plain searches:

1. Run a DFS over the whole graph and record the vertices in **postorder** (finish order).
2. Reverse every edge. Take the vertices in *reverse* postorder; from each one not yet reached,
   a DFS in the reversed graph reaches exactly one component.

Why it works: shrink each SCC to a point and the graph becomes a DAG (the condensation). In
step 1, if there is an edge from component ``A`` to component ``B``, some vertex of ``A``
finishes after every vertex of ``B`` — so the vertex that finishes last overall lies in a
*source* component of the condensation. In the reversed graph that component is a *sink*: a
DFS from it cannot leak out, and reaches its component and nothing else. Remove it and the
argument repeats with the next-latest finisher. Invariant of step 2: every component emitted
so far is complete, and the unreached vertex that finished latest lies in a component that is a
sink of the reversed graph once the emitted components are taken away.

Components come out in topological order of the condensation (a source component first) —
the reverse of Tarjan's order. Both DFS passes are iterative
(:func:`dsa.graphs.traversal.dfs`), so long paths do not hit the recursion limit.

Time O(V + E) — two searches plus building the reversed graph; space O(V + E) for that copy
(Tarjan's needs only O(V) extra).

>>> from dsa.structures.graph import Graph
>>> g = Graph.from_edges([(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 4)], directed=True)
>>> [sorted(c) for c in kosaraju(g)]
[[1, 2, 3], [4, 5]]
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from dsa.graphs.traversal import dfs
from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["kosaraju"]


def kosaraju(graph: Graph[V]) -> list[list[V]]:
    """Return the SCCs of a directed graph, in topological order of the condensation.

    Each component lists its vertices in the order the second search reached them.

    >>> [sorted(c) for c in kosaraju(Graph.from_edges([("a", "b")], directed=True))]
    [['a'], ['b']]
    >>> kosaraju(Graph())
    Traceback (most recent call last):
        ...
    ValueError: kosaraju needs a directed graph; for an undirected graph use connected_components
    """
    if not graph.directed:
        raise ValueError("kosaraju needs a directed graph; for an undirected graph use "
                         "connected_components")
    finish_order = dfs(graph).postorder
    second = dfs(graph.reversed(), sources=reversed(finish_order))
    components: list[list[V]] = []
    for v in second.preorder:  # each DFS tree of the second pass is contiguous in preorder
        if second.parent[v] is None:
            components.append([])
        components[-1].append(v)
    return components
