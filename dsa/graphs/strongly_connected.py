"""Strongly connected components (SCCs) by Tarjan's algorithm.

In a directed graph, ``u`` and ``v`` are strongly connected when each can reach the other; this
splits the vertices into components, and shrinking each to a point leaves a DAG.

Tarjan's algorithm does one DFS. Each vertex gets ``index[v]`` (its discovery number) and
``low[v]``: the smallest index reachable from ``v``'s DFS subtree using at most one edge to a
vertex still on the component stack. Vertices are pushed on that stack when discovered.
Invariant: the stack holds exactly the discovered vertices whose component is not yet complete.
When a vertex finishes with ``low[v] == index[v]`` nothing in its subtree reaches above it, so
``v`` is the root of a component: pop the stack down to ``v`` and that is the whole component.

Components come out in *reverse* topological order of the condensation DAG (a component is
emitted only after every component it can reach). The DFS is iterative, like
:func:`dsa.graphs.traversal.dfs`, so deep graphs do not hit Python's recursion limit.

Time O(V + E), space O(V).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph

__all__ = ["strongly_connected_components"]

V = TypeVar("V", bound=Hashable)


def strongly_connected_components(graph: Graph[V]) -> list[list[V]]:
    """Return the SCCs of a directed graph, in reverse topological order of the condensation.

    >>> g = Graph.from_edges([(1, 2), (2, 3), (3, 1), (3, 4), (4, 5), (5, 4)], directed=True)
    >>> [sorted(c) for c in strongly_connected_components(g)]
    [[4, 5], [1, 2, 3]]
    """
    if not graph.directed:
        raise ValueError(
            "strongly_connected_components needs a directed graph; "
            "for an undirected graph use connected_components"
        )
    index: dict[V, int] = {}
    low: dict[V, int] = {}
    stack: list[V] = []
    on_stack: set[V] = set()
    components: list[list[V]] = []

    def discover(v: V) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)

    for root in graph:
        if root in index:
            continue
        discover(root)
        work = [(root, graph.neighbors(root))]
        while work:
            u, pending = work[-1]
            for v in pending:
                if v not in index:
                    discover(v)
                    work.append((v, graph.neighbors(v)))
                    break
                if v in on_stack:
                    low[u] = min(low[u], index[v])
            else:  # u is finished
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[u])
                if low[u] == index[u]:
                    component = []
                    while True:
                        w = stack.pop()
                        on_stack.remove(w)
                        component.append(w)
                        if w == u:
                            break
                    components.append(component)
    return components
