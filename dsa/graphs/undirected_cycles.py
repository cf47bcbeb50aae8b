"""Cycle detection in an undirected graph: a depth-first search meets an edge back to an ancestor.

In a *directed* graph a cycle shows up as an edge into a vertex still on the DFS path
(:func:`dsa.graphs.topological_sort.find_cycle`). Undirected graphs need one change: every tree
edge ``parent — u`` is also seen again from ``u``'s side, and going back along it is not a cycle.
So while exploring ``u``, an edge to an already-discovered vertex ``v`` closes a cycle exactly
when ``v`` is not ``u``'s DFS parent.

Why that edge always leads to an *ancestor* of ``u``: in an undirected DFS every non-tree edge
joins a vertex and one of its ancestors (there are no "cross edges" — had ``v`` been finished in
another branch, the DFS would have crossed ``v — u`` from ``v``'s side and discovered ``u``
there). So the cycle is the tree path from ``v`` down to ``u`` plus the edge ``u — v``, read off
by following ``parent`` links from ``u`` up to ``v``. A self-loop ``u — u`` is a cycle of one
vertex. (A graph here has at most one edge between two vertices, so there are no cycles of two.)

Without a cycle the graph is a *forest*, and then it has exactly ``V - C`` edges for ``C``
connected components — a quick cross-check, and the reason the search looks at no more than
``2V - 1`` edges however many there are: until it meets the first edge that closes a cycle,
every edge it looks at is a tree edge, seen once from each end.

The DFS keeps an explicit stack (a path can be as long as the graph), so deep graphs do not hit
Python's recursion limit. Time O(V + E) (opening a vertex's neighbour list costs its
degree), space O(V).

>>> from dsa.structures.graph import Graph
>>> find_undirected_cycle(Graph.from_edges([(1, 2), (2, 3), (3, 4), (4, 2)]))
[2, 3, 4]
>>> is_forest(Graph.from_edges([(1, 2), (2, 3), (5, 6)]))
True
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["find_undirected_cycle", "is_forest"]


def find_undirected_cycle(graph: Graph[V]) -> list[V] | None:
    """Return a cycle ``[v0, ..., vk]`` (edges ``v0 — v1 … vk — v0``), or ``None`` for a forest.

    >>> find_undirected_cycle(Graph.from_edges([("a", "b"), ("b", "c")])) is None
    True
    >>> find_undirected_cycle(Graph.from_edges([("a", "a")]))
    ['a']
    """
    if graph.directed:
        raise ValueError("find_undirected_cycle needs an undirected graph; for a directed one "
                         "use dsa.graphs.topological_sort.find_cycle")
    parent: dict[V, V | None] = {}
    for root in graph:
        if root in parent:
            continue
        parent[root] = None
        stack = [(root, graph.neighbors(root))]
        while stack:
            u, pending = stack[-1]
            for v in pending:
                if v not in parent:
                    parent[v] = u
                    stack.append((v, graph.neighbors(v)))
                    break
                if v != parent[u]:  # a discovered vertex other than the parent: an ancestor
                    return _tree_path_up(parent, u, v)
            else:
                stack.pop()
    return None


def _tree_path_up(parent: dict[V, V | None], u: V, ancestor: V) -> list[V]:
    path = [u]
    while path[-1] != ancestor:
        path.append(parent[path[-1]])  # type: ignore[arg-type]
    path.reverse()
    return path


def is_forest(graph: Graph[V]) -> bool:
    """Whether the undirected graph has no cycle (every component is a tree).

    >>> is_forest(Graph.from_edges([(0, 1), (1, 2), (2, 0)]))
    False
    """
    return find_undirected_cycle(graph) is None
