"""Kruskal's minimum spanning forest: take edges lightest first, skipping any that close a cycle.

Sort the edges by weight and keep a union-find of the vertices. Invariant: the kept edges form a
forest contained in some minimum spanning forest, and each union-find set is the vertex set of
one of its trees. An edge whose ends are already in one set would close a cycle; otherwise it
is a lightest edge across the cut between its two trees (cut property), so it is kept and the
two sets are merged. It stops early once ``V - 1`` edges are kept.

Time O(E log E) for the sort, plus near-linear union-find work; space O(V + E). Compare
:mod:`dsa.graphs.prim`, which grows a single tree.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph
from dsa.structures.union_find import UnionFind

__all__ = ["kruskal"]

V = TypeVar("V", bound=Hashable)


def kruskal(graph: Graph[V]) -> list[tuple[V, V, float]]:
    """Return the edges ``(u, v, weight)`` of a minimum spanning forest, lightest first.

    >>> g = Graph.from_edges([("a", "b", 2), ("b", "c", 3), ("a", "c", 1), ("c", "d", 4)])
    >>> kruskal(g)
    [('a', 'c', 1), ('a', 'b', 2), ('c', 'd', 4)]
    """
    if graph.directed:
        raise ValueError("kruskal needs an undirected graph; spanning trees of digraphs differ")
    forest: UnionFind[V] = UnionFind()
    for v in graph:
        forest.add(v)
    kept = []
    for u, v, w in sorted(graph.edges(), key=lambda edge: edge[2]):
        if len(kept) == len(graph) - 1:
            break
        if forest.union(u, v):
            kept.append((u, v, w))
    return kept
