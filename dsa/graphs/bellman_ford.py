"""Bellman–Ford shortest paths, which allow negative edges and detect negative cycles.

Relax every edge, ``V - 1`` times over. Invariant: after round ``k``, ``distance[v]`` is at most
the length of the shortest path to ``v`` with at most ``k`` edges. A shortest path without a
negative cycle has at most ``V - 1`` edges, so after ``V - 1`` rounds every distance is final —
unless a cycle of negative total weight is reachable, in which case "shortest" does not exist
and some edge can *still* be relaxed in round ``V``.

To name the cycle: take a vertex relaxed in round ``V``. Its improvement comes from a negative
cycle somewhere behind it along the ``parent`` links, and ``V`` steps back along those links
are more than any chain of distinct vertices has, so a walk of ``V`` steps ends on that cycle;
following parents once more around it lists the cycle. An undirected edge counts as two
opposite arcs, so any negative undirected edge is itself a negative cycle.

Time O(V · E), space O(V).
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import TypeVar

from dsa.structures.graph import Graph

__all__ = ["NegativeCycleError", "bellman_ford", "find_negative_cycle"]

V = TypeVar("V", bound=Hashable)


class NegativeCycleError(ValueError):
    """Raised when shortest paths do not exist; ``cycle`` lists ``[v0, ..., vk]`` with
    edges ``v0 → v1 … vk → v0`` summing to a negative weight.

    >>> NegativeCycleError(["a", "b"]).cycle
    ['a', 'b']
    """

    def __init__(self, cycle: list) -> None:
        self.cycle = cycle
        route = " -> ".join(repr(v) for v in [*cycle, cycle[0]])
        super().__init__(f"negative cycle {route}: shortest paths are undefined")


def _arcs(graph: Graph[V]) -> list[tuple[V, V, float]]:
    arcs = graph.edges()
    if not graph.directed:
        arcs += [(v, u, w) for u, v, w in arcs if u != v]
    return arcs


def _relax_rounds(
    graph: Graph[V], distance: dict[V, float], parent: dict[V, V | None]
) -> list[V] | None:
    """Run up to V rounds of relaxation; return a negative cycle if round V still relaxes."""
    arcs = _arcs(graph)
    for round_number in range(1, len(graph) + 1):
        last_relaxed = None
        for u, v, w in arcs:
            if distance[u] + w < distance[v]:
                distance[v] = distance[u] + w
                parent[v] = u
                last_relaxed = v
        if last_relaxed is None:
            return None
        if round_number == len(graph):
            return _cycle_through_parents(parent, last_relaxed, len(graph))
    return None


def _cycle_through_parents(parent: dict[V, V | None], v: V, n: int) -> list[V]:
    for _ in range(n):
        v = parent[v]  # type: ignore[assignment]
    cycle = [v]
    u = parent[v]
    while u != v:
        cycle.append(u)  # type: ignore[arg-type]
        u = parent[u]  # type: ignore[index]
    cycle.reverse()  # parents point backwards along the cycle
    return cycle


def bellman_ford(graph: Graph[V], source: V) -> tuple[dict[V, float], dict[V, V | None]]:
    """Return ``(distance, parent)`` from ``source``; raise :class:`NegativeCycleError` if a
    negative cycle is reachable from ``source``.

    ``distance`` has every vertex (``math.inf`` if unreachable).

    >>> g = Graph.from_edges([("s", "a", 4), ("s", "b", 5), ("b", "a", -3)], directed=True)
    >>> bellman_ford(g, "s")[0]
    {'s': 0, 'a': 2, 'b': 5}
    >>> g.add_edge("a", "b", 1)
    >>> try:
    ...     bellman_ford(g, "s")
    ... except NegativeCycleError as error:
    ...     print(error.cycle, error)
    ['a', 'b'] negative cycle 'a' -> 'b' -> 'a': shortest paths are undefined
    """
    if source not in graph:
        raise KeyError(f"source {source!r} is not in the graph")
    distance: dict[V, float] = dict.fromkeys(graph, math.inf)
    distance[source] = 0
    parent: dict[V, V | None] = {source: None}
    cycle = _relax_rounds(graph, distance, parent)
    if cycle is not None:
        raise NegativeCycleError(cycle)
    return distance, parent


def find_negative_cycle(graph: Graph[V]) -> list[V] | None:
    """Return some negative cycle anywhere in the graph, or ``None`` if there is none.

    Starting every vertex at distance 0 acts like a virtual source joined to every vertex, so
    every cycle is reachable.

    >>> g = Graph.from_edges([(1, 2, 1), (2, 3, -2), (3, 2, 1), (4, 1, 0)], directed=True)
    >>> find_negative_cycle(g)   # 3 -> 2 -> 3 weighs 1 - 2 = -1
    [3, 2]
    >>> find_negative_cycle(Graph.from_edges([(1, 2, -1)], directed=True)) is None
    True
    """
    distance: dict[V, float] = dict.fromkeys(graph, 0)
    parent: dict[V, V | None] = dict.fromkeys(graph)
    return _relax_rounds(graph, distance, parent)
