"""Bridges and articulation points: the edges and vertices whose loss disconnects a graph.

A *bridge* is an edge of an undirected graph whose removal leaves more connected components; an
*articulation point* (cut vertex) is a vertex whose removal does. They are the single points of
failure of a network — the "critical connections".

One depth-first search finds both (Hopcroft and Tarjan). Number the vertices in discovery order,
``disc[v]``, and let ``low[v]`` be the smallest number reachable from ``v``'s DFS subtree using
tree edges downwards and then **one** non-tree edge (an undirected DFS has no cross edges, so
that edge goes back up to an ancestor). Then for a tree edge ``u — c`` (``c`` a child of ``u``):

* ``low[c] > disc[u]``: nothing below ``c`` reaches ``u`` or above except through ``u — c``, so
  ``u — c`` is a **bridge**;
* ``low[c] >= disc[u]``: nothing below ``c`` reaches *above* ``u``, so removing ``u`` cuts that
  subtree off — ``u`` is an **articulation point**, unless ``u`` is the root of its DFS tree;
* the root is an articulation point exactly when it has two or more DFS children (they can only
  be joined through it).

Invariant: when ``c`` finishes, ``low[c]`` is final, and it is folded into ``low[u]``
(``low[u] = min(low[u], low[c])``) before ``u`` finishes. The edge back to the parent is not a
way up: with at most one edge between two vertices, skipping the parent vertex is the same as
skipping that edge. Self-loops never matter.

The DFS keeps an explicit stack, so long paths do not hit Python's recursion limit.
Time O(V + E), space O(V).

>>> from dsa.structures.graph import Graph
>>> g = Graph.from_edges([(0, 1), (1, 2), (2, 0), (1, 3), (3, 4)])
>>> bridges(g), articulation_points(g)
([(1, 3), (3, 4)], [1, 3])
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import NamedTuple, TypeVar

from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["articulation_points", "bridges"]


class _LowLinks(NamedTuple):
    disc: dict
    low: dict
    tree_edges: list  # (parent, child) pairs, in the order the children finished


def _low_links(graph: Graph[V]) -> _LowLinks:
    if graph.directed:
        raise ValueError("bridges and articulation points are defined here for undirected "
                         "graphs; rebuild the graph with directed=False")
    disc: dict[V, int] = {}
    low: dict[V, int] = {}
    tree_edges: list[tuple[V, V]] = []
    for root in graph:
        if root in disc:
            continue
        disc[root] = low[root] = len(disc)
        stack = [(root, None, graph.neighbors(root))]
        while stack:
            u, parent, pending = stack[-1]
            for v in pending:
                if v not in disc:
                    disc[v] = low[v] = len(disc)
                    stack.append((v, u, graph.neighbors(v)))
                    break
                if v != parent:
                    low[u] = min(low[u], disc[v])
            else:  # u is finished: its low is final, pass it up
                stack.pop()
                if parent is not None:
                    low[parent] = min(low[parent], low[u])
                    tree_edges.append((parent, u))
    return _LowLinks(disc, low, tree_edges)


def bridges(graph: Graph[V]) -> list[tuple[V, V]]:
    """Return the bridges as ``(u, v)`` pairs, ``u`` the end discovered first, sorted by
    discovery of ``u`` then ``v``.

    >>> bridges(Graph.from_edges([("a", "b"), ("b", "c"), ("c", "a")]))
    []
    >>> bridges(Graph.from_edges([("a", "b")], vertices=["z"]))
    [('a', 'b')]
    """
    links = _low_links(graph)
    found = [(u, c) for u, c in links.tree_edges if links.low[c] > links.disc[u]]
    return sorted(found, key=lambda edge: (links.disc[edge[0]], links.disc[edge[1]]))


def articulation_points(graph: Graph[V]) -> list[V]:
    """Return the articulation points in discovery order.

    >>> articulation_points(Graph.from_edges([(1, 2), (2, 3)]))
    [2]
    >>> articulation_points(Graph.from_edges([(1, 2), (2, 3), (3, 1)]))
    []
    """
    links = _low_links(graph)
    children: dict[V, int] = {}
    cut = set()
    for u, c in links.tree_edges:
        children[u] = children.get(u, 0) + 1
        if links.low[c] >= links.disc[u]:
            cut.add(u)
    has_parent = {c for _, c in links.tree_edges}
    cut = {u for u in cut if u in has_parent or children[u] >= 2}  # a DFS root needs 2 children
    return sorted(cut, key=links.disc.__getitem__)
