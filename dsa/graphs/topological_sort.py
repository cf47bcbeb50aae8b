"""Topological sort: order the vertices of a directed graph so every edge points forward.

Such an order exists exactly when the graph has no directed cycle (it is a DAG). Two classic ways:

* **Kahn** — repeatedly output a vertex with no incoming edges from the vertices not yet output.
  Invariant: ``indegree[v]`` counts the edges into ``v`` from vertices not yet output, and the
  queue holds exactly the unoutput vertices whose count is zero. If the queue empties early, the
  remaining vertices all have incoming edges among themselves, so they contain a cycle. The
  queue is first in, first out: it starts with the sources in the graph's vertex order, and a
  vertex joins it when its last incoming edge is removed. So the output is *not* the order
  that prefers earlier vertices whenever there is a choice (that would need a heap instead of
  the queue, and O(V log V) more time); it is the breadth-first order of ready vertices.
* **DFS** — a vertex finishes only after everything reachable from it has finished, so listing
  vertices by *decreasing* finish time puts every edge's tail before its head. Meeting a vertex
  that is on the current DFS path (started, not finished) closes a cycle.

On a cycle both raise :class:`CycleError`, a ``ValueError`` whose ``cycle`` attribute lists the
cycle's vertices ``[v0, v1, ..., vk]`` (edges ``v0→v1 … vk→v0``).

Time O(V + E), space O(V).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable
from typing import TypeVar

from dsa.graphs.traversal import dfs
from dsa.structures.graph import Graph

__all__ = ["CycleError", "find_cycle", "topological_sort_dfs", "topological_sort_kahn"]

V = TypeVar("V", bound=Hashable)


class CycleError(ValueError):
    """Raised when a topological order is asked of a graph with a directed cycle.

    >>> str(CycleError(["a", "b"]))
    "the graph has a cycle, so no topological order exists: 'a' -> 'b' -> 'a'"
    """

    def __init__(self, cycle: list) -> None:
        self.cycle = cycle
        route = " -> ".join(repr(v) for v in [*cycle, cycle[0]])
        super().__init__(f"the graph has a cycle, so no topological order exists: {route}")


def _require_directed(graph: Graph[V], name: str) -> None:
    if not graph.directed:
        raise ValueError(f"{name} needs a directed graph; build it with Graph(directed=True)")


def find_cycle(graph: Graph[V]) -> list[V] | None:
    """Return a directed cycle ``[v0, ..., vk]`` (edges ``vi → vi+1`` and ``vk → v0``), or None.

    >>> find_cycle(Graph.from_edges([(1, 2), (2, 3), (3, 1), (3, 4)], directed=True))
    [1, 2, 3]
    >>> find_cycle(Graph.from_edges([(1, 2)], directed=True)) is None
    True
    """
    _require_directed(graph, "find_cycle")
    state: dict[V, str] = {}  # missing: unseen, "open": on the DFS path, "done": finished
    for root in graph:
        if root in state:
            continue
        state[root] = "open"
        path = [root]
        stack = [graph.neighbors(root)]
        while stack:
            for v in stack[-1]:
                if state.get(v) == "open":
                    return path[path.index(v) :]
                if v not in state:
                    state[v] = "open"
                    path.append(v)
                    stack.append(graph.neighbors(v))
                    break
            else:
                state[path.pop()] = "done"
                stack.pop()
    return None


def topological_sort_kahn(graph: Graph[V]) -> list[V]:
    """Return a topological order by Kahn's algorithm, with a first-in first-out ready queue.

    The sources come first, in the graph's vertex order; every other vertex follows in the
    order it became ready (its last incoming edge removed).

    >>> g = Graph.from_edges([("shirt", "tie"), ("tie", "jacket"), ("socks", "shoes")],
    ...                      directed=True)
    >>> topological_sort_kahn(g)
    ['shirt', 'socks', 'tie', 'shoes', 'jacket']
    >>> try:
    ...     topological_sort_kahn(Graph.from_edges([(1, 2), (2, 1)], directed=True))
    ... except CycleError as error:
    ...     print(error)
    the graph has a cycle, so no topological order exists: 2 -> 1 -> 2
    """
    _require_directed(graph, "topological_sort_kahn")
    indegree = dict.fromkeys(graph, 0)
    for _, v, _ in graph.edges():
        indegree[v] += 1
    ready = deque(v for v in graph if indegree[v] == 0)
    order = []
    while ready:
        u = ready.popleft()
        order.append(u)
        for v in graph.neighbors(u):
            indegree[v] -= 1
            if indegree[v] == 0:
                ready.append(v)
    if len(order) < len(graph):
        raise CycleError(_cycle_among(graph, [v for v in graph if indegree[v] > 0]))
    return order


def _cycle_among(graph: Graph[V], stuck: list[V]) -> list[V]:
    # Every stuck vertex has an incoming edge from another stuck vertex. Walking those edges
    # backwards must revisit a vertex within len(stuck) steps; the loop found is a cycle.
    # (A list, not a set, so the cycle reported does not depend on hash order.)
    members = set(stuck)
    incoming = {v: u for u, v, _ in graph.edges() if u in members and v in members}
    v = stuck[0]
    seen: dict[V, int] = {}
    walk = []
    while v not in seen:
        seen[v] = len(walk)
        walk.append(v)
        v = incoming[v]
    return walk[seen[v] :][::-1]


def topological_sort_dfs(graph: Graph[V]) -> list[V]:
    """Return a topological order: vertices by decreasing DFS finish time.

    >>> g = Graph.from_edges([("a", "b"), ("b", "c"), ("a", "c")], directed=True)
    >>> topological_sort_dfs(g)
    ['a', 'b', 'c']
    """
    _require_directed(graph, "topological_sort_dfs")
    cycle = find_cycle(graph)
    if cycle is not None:
        raise CycleError(cycle)
    return dfs(graph).postorder[::-1]
