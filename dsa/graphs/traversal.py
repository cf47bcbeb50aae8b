"""Breadth-first and depth-first search.

**BFS** explores in rings: the source, then every vertex one edge away, then two, and so on, by
keeping a FIFO queue of discovered vertices. Invariant: the queue holds vertices in
non-decreasing distance order, spanning at most two consecutive distances; so each vertex is
discovered first along a path with the fewest edges, and ``distance`` is the hop count of a
shortest path.

**DFS** goes as deep as it can before backing up. Written with an explicit stack of
``(vertex, iterator over its neighbours)`` frames — the same frames a recursive version keeps on
the call stack, without Python's recursion limit. A vertex enters the *preorder* when it is
discovered and the *postorder* when all its neighbours are done. Invariant: the stack is a path
of discovered-but-unfinished vertices. Reversed postorder of a DAG is a topological order; the
discovery/finish intervals of any two vertices are nested or disjoint ("parenthesis theorem").

Both visit each vertex and edge once: time O(V + E), space O(V).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Iterable
from typing import Generic, NamedTuple, TypeVar

from dsa.structures.graph import Graph

__all__ = ["BFSResult", "DFSResult", "bfs", "dfs"]

V = TypeVar("V", bound=Hashable)


class BFSResult(NamedTuple, Generic[V]):
    """What a BFS found: visiting ``order``, hop ``distance`` and BFS-tree ``parent`` per vertex.

    >>> BFSResult(["s"], {"s": 0}, {"s": None}).distance
    {'s': 0}
    """

    order: list[V]
    distance: dict[V, int]
    parent: dict[V, V | None]


class DFSResult(NamedTuple, Generic[V]):
    """What a DFS found: ``preorder`` (discovery), ``postorder`` (finish) and DFS-forest ``parent``.

    >>> DFSResult([1], [1], {1: None}).postorder
    [1]
    """

    preorder: list[V]
    postorder: list[V]
    parent: dict[V, V | None]


def _require(graph: Graph[V], v: V) -> None:
    if v not in graph:
        raise KeyError(f"vertex {v!r} is not in the graph")


def bfs(graph: Graph[V], source: V) -> BFSResult[V]:
    """Breadth-first search from ``source``; only vertices reachable from it appear.

    >>> g = Graph.from_edges([("s", "a"), ("s", "b"), ("a", "c"), ("b", "c"), ("c", "d")])
    >>> result = bfs(g, "s")
    >>> result.order, result.distance["d"]
    (['s', 'a', 'b', 'c', 'd'], 3)
    """
    _require(graph, source)
    distance = {source: 0}
    parent: dict[V, V | None] = {source: None}
    order = []
    queue = deque([source])
    while queue:
        u = queue.popleft()
        order.append(u)
        for v in graph.neighbors(u):
            if v not in distance:
                distance[v] = distance[u] + 1
                parent[v] = u
                queue.append(v)
    return BFSResult(order, distance, parent)


def dfs(graph: Graph[V], sources: Iterable[V] | None = None) -> DFSResult[V]:
    """Depth-first search from each of ``sources`` in turn (default: every vertex), iteratively.

    Neighbours are explored in the graph's order, exactly as the recursive version would.

    >>> g = Graph.from_edges([(1, 2), (1, 3), (2, 4), (3, 4)], directed=True)
    >>> result = dfs(g)
    >>> result.preorder, result.postorder
    ([1, 2, 4, 3], [4, 2, 3, 1])
    """
    roots = graph.vertices() if sources is None else list(sources)
    preorder: list[V] = []
    postorder: list[V] = []
    parent: dict[V, V | None] = {}
    for root in roots:
        _require(graph, root)
        if root in parent:
            continue
        parent[root] = None
        preorder.append(root)
        stack = [(root, graph.neighbors(root))]
        while stack:
            u, pending = stack[-1]
            for v in pending:
                if v not in parent:
                    parent[v] = u
                    preorder.append(v)
                    stack.append((v, graph.neighbors(v)))
                    break
            else:  # every neighbour of u is done: u finishes
                stack.pop()
                postorder.append(u)
    return DFSResult(preorder, postorder, parent)
