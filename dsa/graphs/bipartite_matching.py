"""Maximum bipartite matching: as a unit-capacity flow, and by Hopcroft–Karp.

A *matching* pairs vertices along edges, each vertex in at most one pair; in a bipartite graph
(workers and jobs, students and projects) we want as many pairs as possible.

**As a flow.** Add a source with an edge of capacity 1 to every left vertex, an edge of
capacity 1 from every right vertex to a sink, and direct the graph's edges left to right. An
integer flow then uses each vertex at most once, so its saturated middle edges are a matching,
and the maximum flow is the maximum matching (:func:`matching_by_flow`, with
:func:`dsa.graphs.max_flow.dinic`).

**Augmenting paths.** Given a matching, an *augmenting path* starts at a free left vertex,
alternates unmatched and matched edges, and ends at a free right vertex. Flipping every edge on
it (matched ↔ unmatched) gains one pair. Berge's theorem: a matching is maximum exactly when no
augmenting path exists. Invariant: the pairs always form a matching, one pair larger after
each flip.

**Hopcroft–Karp** flips many paths per round. A BFS from all free left vertices at once finds
the length of the *shortest* augmenting paths and layers the graph; DFS walks then take a
maximal set of vertex-disjoint shortest paths and flip them all. After a round the shortest
augmenting path is strictly longer, and after about ``√V`` rounds the paths are so long that
only about ``√V`` more can exist. So there are at most about ``2√V`` rounds of O(E) each:
O(E·√V) time, against O(V·E) for finding one path at a time.

Both take an undirected graph and the set of ``left`` vertices; every edge must join a left
vertex to a right one. Walks use explicit stacks, not recursion. Space O(V + E).

>>> from dsa.structures.graph import Graph
>>> g = Graph.from_edges([("ann", "db"), ("ann", "ui"), ("bob", "db"), ("cy", "db")])
>>> hopcroft_karp(g, {"ann", "bob", "cy"})
{'ann': 'ui', 'bob': 'db'}
>>> len(matching_by_flow(g, {"ann", "bob", "cy"}))
2
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Hashable, Iterable
from typing import TypeVar

from dsa.graphs.max_flow import dinic
from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["hopcroft_karp", "matching_by_flow"]


def _sides(graph: Graph[V], left: Iterable[V]) -> set[V]:
    if graph.directed:
        raise ValueError("bipartite matching needs an undirected graph")
    left = set(left)
    for v in left:
        if v not in graph:
            raise KeyError(f"left vertex {v!r} is not in the graph")
    for u, v, _ in graph.edges():
        if (u in left) == (v in left):
            side = "left" if u in left else "right"
            raise ValueError(f"edge {u!r} - {v!r} joins two {side} vertices; every edge must "
                             "join a left vertex to a right one")
    return left


def matching_by_flow(graph: Graph[V], left: Iterable[V]) -> dict[V, V]:
    """Return a maximum matching ``{left vertex: right vertex}``, found as a maximum flow.

    >>> matching_by_flow(Graph.from_edges([(1, "a"), (2, "a")]), {1, 2})
    {1: 'a'}
    """
    left = _sides(graph, left)
    source, sink = object(), object()  # fresh objects: they cannot clash with any vertex
    network: Graph = Graph.from_edges([], directed=True, vertices=[source, sink])
    for v in graph:
        if v in left:
            network.add_edge(source, v, 1)
        else:
            network.add_edge(v, sink, 1)
    for u, v, _ in graph.edges():
        a, b = (u, v) if u in left else (v, u)
        network.add_edge(a, b, 1)
    flow = dinic(network, source, sink).flow
    return {a: b for (a, b), sent in flow.items() if a in left and sent}


def hopcroft_karp(graph: Graph[V], left: Iterable[V]) -> dict[V, V]:
    """Return a maximum matching ``{left vertex: right vertex}``, by Hopcroft–Karp.

    >>> hopcroft_karp(Graph.from_edges([(1, "a"), (1, "b"), (2, "a")]), [1, 2])
    {1: 'b', 2: 'a'}
    """
    return _hopcroft_karp(graph, left)[0]


def _hopcroft_karp(graph: Graph[V], left: Iterable[V]) -> tuple[dict[V, V], int]:
    """The matching and the number of rounds (BFS layerings) it took."""
    left = _sides(graph, left)
    order = [u for u in graph if u in left]  # graph order, so the result is deterministic
    mate: dict[V, V] = {}  # both directions: left -> right and right -> left
    rounds = 0
    while (layers := _layers(graph, order, mate)) is not None:
        rounds += 1
        next_arc = {u: graph.neighbors(u) for u in order}  # each left vertex's untried edges
        for u in order:
            if u not in mate:
                _augment_from(u, layers, mate, next_arc)
    return {u: mate[u] for u in order if u in mate}, rounds


def _layers(
    graph: Graph[V], order: list[V], mate: dict[V, V]
) -> tuple[dict[V, float], float] | None:
    """BFS layers of left vertices along alternating paths from the free ones, cut at the first
    layer that reaches a free right vertex, and that layer; ``None`` if no augmenting path
    exists."""
    layer = {u: 0 if u not in mate else math.inf for u in order}
    queue = deque(u for u in order if u not in mate)
    found = math.inf
    while queue:
        u = queue.popleft()
        if layer[u] >= found:
            continue
        for v in graph.neighbors(u):
            w = mate.get(v)
            if w is None:
                found = min(found, layer[u])
            elif layer[w] == math.inf:
                layer[w] = layer[u] + 1
                queue.append(w)
    return None if found == math.inf else (layer, found)


def _augment_from(start: V, layers: tuple[dict, float], mate: dict, next_arc: dict) -> bool:
    """Find one shortest augmenting path from ``start`` in the layers and flip it.

    A left vertex found to lead nowhere is removed from the layers (``inf``), so no later walk
    in this round retries it: each edge is tried once per round.
    """
    layer, last = layers  # paths may end at a free right vertex only from the last layer
    stack, chosen = [start], []  # stack[i] is matched along chosen[i] once the path is found
    while stack:
        u = stack[-1]
        for v in next_arc[u]:
            w = mate.get(v)
            if w is None and layer[u] == last:
                for a, b in zip(stack, [*chosen, v], strict=True):
                    mate[a], mate[b] = b, a
                return True
            if w is not None and layer[w] == layer[u] + 1:
                stack.append(w)
                chosen.append(v)
                break
        else:  # a dead end
            layer[u] = math.inf
            stack.pop()
            if chosen:
                chosen.pop()
    return False
