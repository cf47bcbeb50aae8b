"""Borůvka's minimum spanning forest: every tree grabs its cheapest outgoing edge, all at once.

The oldest MST algorithm (Borůvka, 1926, for an electricity network in Moravia) works in rounds.
Start with every vertex as its own tree. In each round, every tree picks the lightest edge that
leaves it, and all the picked edges are added together; trees joined by them merge.

Why the picked edges are safe (the cut property): the lightest edge leaving a tree ``T`` is a
lightest edge across the cut ``(T, rest)``, and some minimum spanning forest contains it. Adding
all of them at once is safe too, provided ties are broken consistently — here by the edge's
position in ``graph.edges()`` — so the edges compare as if all weights were distinct and the
picks cannot close a cycle. Invariant: the chosen edges form a forest contained in a minimum
spanning forest, and the union-find sets are its trees.

Each round every tree that has an outgoing edge merges with at least one other, so the number
of such trees at least halves: at most ``log2 V`` rounds, each a scan of all ``E`` edges, for
O(E log V) time and O(V + E) space. The rounds are independent scans, which is why Borůvka's
algorithm is the one that parallelises (and the one inside the fastest known MST algorithms).
Compare :mod:`dsa.graphs.kruskal` (sort all edges) and :mod:`dsa.graphs.prim` (grow one tree).

>>> from dsa.structures.graph import Graph
>>> g = Graph.from_edges([("a", "b", 2), ("b", "c", 3), ("a", "c", 1), ("c", "d", 4)])
>>> boruvka(g)
[('a', 'c', 1), ('a', 'b', 2), ('c', 'd', 4)]
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph
from dsa.structures.union_find import UnionFind

V = TypeVar("V", bound=Hashable)

__all__ = ["boruvka"]


def boruvka(graph: Graph[V]) -> list[tuple[V, V, float]]:
    """Return the edges ``(u, v, weight)`` of a minimum spanning forest, lightest first.

    >>> boruvka(Graph.from_edges([(1, 2, 5)], vertices=[3]))
    [(1, 2, 5)]
    """
    return _boruvka(graph)[0]


def _boruvka(graph: Graph[V]) -> tuple[list[tuple[V, V, float]], int]:
    """The forest and the number of rounds that found at least one edge."""
    if graph.directed:
        raise ValueError("boruvka needs an undirected graph; spanning trees of digraphs differ")
    edges = [(u, v, w) for u, v, w in graph.edges() if u != v]  # a self-loop leaves no tree
    trees: UnionFind[V] = UnionFind()
    for v in graph:
        trees.add(v)
    chosen: list[int] = []
    rounds = 0
    while True:
        cheapest: dict[V, int] = {}  # tree root -> index of its lightest outgoing edge
        for i, (u, v, w) in enumerate(edges):
            ends = trees.find(u), trees.find(v)
            if ends[0] == ends[1]:
                continue  # inside one tree: not a way out of it
            for root in ends:
                best = cheapest.get(root)
                if best is None or (w, i) < (edges[best][2], best):
                    cheapest[root] = i
        if not cheapest:
            break
        rounds += 1
        for i in dict.fromkeys(cheapest.values()):  # an edge picked by both of its trees once
            u, v, _ = edges[i]
            if trees.union(u, v):
                chosen.append(i)
    chosen.sort(key=lambda i: (edges[i][2], i))
    return [edges[i] for i in chosen], rounds
