"""Prim's minimum spanning tree: grow one tree by always adding its cheapest outgoing edge.

A spanning tree of a connected, undirected, weighted graph joins all vertices with ``V - 1``
edges; a *minimum* one has the least total weight. Cut property: for any split of the vertices
in two, a lightest edge across the split belongs to some minimum spanning tree.

Prim applies the cut property to the split "tree so far | everything else". An indexed min-PQ
holds each outside vertex keyed by the lightest edge joining it to the tree (``decrease_key``
when a lighter one turns up). Invariant: the chosen edges form a tree contained in some MST.
On a disconnected graph Prim restarts in each component, giving a minimum spanning *forest*.

Time O((V + E) log V), space O(V). Compare :mod:`dsa.graphs.kruskal`, which grows a forest.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph
from dsa.structures.indexed_priority_queue import IndexedMinPQ

__all__ = ["prim"]

V = TypeVar("V", bound=Hashable)


def prim(graph: Graph[V]) -> list[tuple[V, V, float]]:
    """Return the edges ``(tree vertex, new vertex, weight)`` of a minimum spanning forest.

    >>> g = Graph.from_edges([("a", "b", 2), ("b", "c", 3), ("a", "c", 1), ("c", "d", 4)])
    >>> edges = prim(g)
    >>> edges, sum(w for _, _, w in edges)
    ([('a', 'c', 1), ('a', 'b', 2), ('c', 'd', 4)], 7)
    """
    if graph.directed:
        raise ValueError("prim needs an undirected graph; spanning trees of digraphs differ")
    in_tree: set[V] = set()
    tree_edges = []
    for root in graph:
        if root in in_tree:
            continue
        link: dict[V, V | None] = {root: None}  # the tree end of each waiting vertex's edge
        frontier: IndexedMinPQ[V, float] = IndexedMinPQ()
        frontier.push(root, 0)
        while frontier:
            u, w = frontier.pop()
            in_tree.add(u)
            if link[u] is not None:
                tree_edges.append((link[u], u, w))
            for v, weight in graph.weighted_neighbors(u):
                if v in in_tree:
                    continue
                if v not in frontier:
                    frontier.push(v, weight)
                    link[v] = u
                elif weight < frontier.priority(v):
                    frontier.decrease_key(v, weight)
                    link[v] = u
    return tree_edges
