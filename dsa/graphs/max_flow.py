"""Maximum flow by Edmonds–Karp and by Dinic, and the minimum cut that proves it maximal.

Edge weights are *capacities*. A flow sends ``f(u, v) <= capacity(u, v)`` along each edge, and
every vertex except the source ``s`` and the sink ``t`` passes on exactly what it receives. How
much can leave ``s``?

**Residual graph and augmenting paths** (Ford–Fulkerson). Given a flow, an edge ``u → v`` can
take ``capacity - f`` more, and the flow already on it can be pushed back, which looks like
spare capacity ``f`` on ``v → u``. Any ``s → t`` path of spare capacity in this *residual*
graph is an *augmenting path*: push its smallest spare capacity along it. Invariant: after each
push the flow is still valid (capacities and conservation hold) and its value has grown.

**Why it stops at the maximum** (max-flow min-cut). When no augmenting path is left, let ``S``
be the vertices the source still reaches in the residual graph. Every edge from ``S`` out is
full and every edge into ``S`` is empty, so the flow's value equals the capacity of the cut
``(S, V - S)``. No flow can exceed any cut's capacity, so this flow is maximum and this cut is
minimum: :func:`min_cut` returns it as the certificate.

**Which path?** Arbitrary paths can take as many pushes as the flow value (and with irrational
capacities need not even stop). *Edmonds–Karp* always takes a shortest path, found by BFS; the
residual distance to each vertex then never decreases, each edge can be the bottleneck at most
``V/2`` times, and so there are at most ``V·E/2`` augmentations: O(V·E²) time in all. *Dinic*
does better: one BFS labels each vertex with its distance (its *level*), then depth-first walks
push flow along level-increasing edges only until none of them reaches ``t`` (a *blocking
flow*). Each such phase makes the distance to ``t`` grow, so there are at most ``V - 1``
phases, and with the "current edge" pointer each phase costs O(V·E): O(V²·E) in all, and
O(E·√V) on unit-capacity networks where every vertex has a single way in or a single way out,
such as bipartite matching.

Both walks here are loops with explicit paths, not recursion, so long paths are safe. An
undirected edge carries flow either way and is two arcs of the same capacity. Integer
capacities give an integer maximum flow; with floats, expect float rounding.

| function | time | space |
|---|---|---|
| :func:`edmonds_karp` | O(V·E²) | O(V + E) |
| :func:`dinic` | O(V²·E) | O(V + E) |
| :func:`min_cut` | a :func:`dinic` run plus O(V + E) | O(V + E) |

>>> from dsa.structures.graph import Graph
>>> g = Graph.from_edges([("s", "a", 3), ("s", "b", 2), ("a", "b", 1), ("a", "t", 2),
...                       ("b", "t", 3)], directed=True)
>>> edmonds_karp(g, "s", "t").value, dinic(g, "s", "t").value
(5, 5)
>>> min_cut(g, "s", "t")
(5, {'s'}, [('s', 'a', 3), ('s', 'b', 2)])
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable
from typing import Generic, NamedTuple, TypeVar

from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["FlowResult", "dinic", "edmonds_karp", "min_cut"]


class FlowResult(NamedTuple, Generic[V]):
    """A maximum flow: its ``value``, the ``flow`` on each arc that carries some, and ``rounds``
    — augmenting paths (Edmonds–Karp) or blocking-flow phases (Dinic) it took.

    >>> FlowResult(0, {}, 0).value
    0
    """

    value: float
    flow: dict[tuple[V, V], float]
    rounds: int


class _Residual:
    """Arcs in parallel lists; arc ``i ^ 1`` is the reverse of arc ``i`` (pairs 0-1, 2-3, ...)."""

    def __init__(self, graph: Graph) -> None:
        self.head: list = []  # head[i]: the vertex arc i points to
        self.spare: list = []  # spare[i]: residual capacity of arc i
        self.capacity: list = []  # the arc's original capacity (0 for a reverse arc)
        self.arcs: dict = {v: [] for v in graph}  # arc ids leaving each vertex
        for u, v, c in graph.edges():
            if c < 0:
                raise ValueError(f"edge {u!r} -> {v!r} has capacity {c}; capacities must be "
                                 "non-negative")
            self._add(u, v, c)
            if not graph.directed:
                self._add(v, u, c)

    def _add(self, u: object, v: object, c: float) -> None:
        for tail, head, cap in ((u, v, c), (v, u, 0)):
            self.arcs[tail].append(len(self.head))
            self.head.append(head)
            self.spare.append(cap)
            self.capacity.append(cap)

    def tail(self, i: int) -> object:
        return self.head[i ^ 1]

    def levels(self, source: object) -> dict:
        """BFS distances from ``source`` over arcs with spare capacity."""
        level = {source: 0}
        queue = deque([source])
        while queue:
            u = queue.popleft()
            for i in self.arcs[u]:
                if self.spare[i] > 0 and self.head[i] not in level:
                    level[self.head[i]] = level[u] + 1
                    queue.append(self.head[i])
        return level

    def push(self, path: list[int]) -> float:
        amount = min(self.spare[i] for i in path)
        for i in path:
            self.spare[i] -= amount
            self.spare[i ^ 1] += amount
        return amount

    def result(self, value: float, rounds: int) -> FlowResult:
        flow: dict = {}
        for i in range(0, len(self.head), 2):
            sent = self.capacity[i] - self.spare[i]
            if sent > 0:
                arc = (self.tail(i), self.head[i])
                flow[arc] = flow.get(arc, 0) + sent
        return FlowResult(value, flow, rounds)


def _check_ends(graph: Graph[V], source: V, sink: V) -> None:
    for name, v in (("source", source), ("sink", sink)):
        if v not in graph:
            raise KeyError(f"{name} {v!r} is not in the graph")
    if source == sink:
        raise ValueError(f"source and sink are both {source!r}; the flow between a vertex and "
                         "itself is unbounded")


def edmonds_karp(graph: Graph[V], source: V, sink: V) -> FlowResult[V]:
    """Maximum flow from ``source`` to ``sink``, augmenting along shortest residual paths.

    >>> g = Graph.from_edges([(0, 1, 4), (1, 2, 3), (0, 2, 1)], directed=True)
    >>> edmonds_karp(g, 0, 2)
    FlowResult(value=4, flow={(0, 1): 3, (0, 2): 1, (1, 2): 3}, rounds=2)
    """
    _check_ends(graph, source, sink)
    net = _Residual(graph)
    value, rounds = 0, 0
    while True:
        arrived_by = {source: None}  # BFS tree: the arc each vertex was reached along
        queue = deque([source])
        while queue and sink not in arrived_by:
            u = queue.popleft()
            for i in net.arcs[u]:
                if net.spare[i] > 0 and net.head[i] not in arrived_by:
                    arrived_by[net.head[i]] = i
                    queue.append(net.head[i])
        if sink not in arrived_by:
            return net.result(value, rounds)
        path, v = [], sink
        while (i := arrived_by[v]) is not None:
            path.append(i)
            v = net.tail(i)
        value += net.push(path)
        rounds += 1


def dinic(graph: Graph[V], source: V, sink: V) -> FlowResult[V]:
    """Maximum flow from ``source`` to ``sink`` by blocking flows on BFS level graphs.

    >>> g = Graph.from_edges([(0, 1, 4), (1, 2, 3), (0, 2, 1)], directed=True)
    >>> dinic(g, 0, 2).value
    4
    """
    net, value, phases = _blocking_flows(graph, source, sink)
    return net.result(value, phases)


def _blocking_flows(graph: Graph[V], source: V, sink: V) -> tuple[_Residual, float, int]:
    _check_ends(graph, source, sink)
    net = _Residual(graph)
    value, phases = 0, 0
    while sink in (level := net.levels(source)):
        phases += 1
        current = dict.fromkeys(net.arcs, 0)  # the next arc to try at each vertex, this phase
        while (path := _level_path(net, level, current, source, sink)) is not None:
            value += net.push(path)
    return net, value, phases


def _level_path(net: _Residual, level: dict, current: dict, source: object,
                sink: object) -> list[int] | None:
    """Walk from ``source`` along level-increasing arcs with spare capacity to ``sink``.

    A dead end is backed out of and never tried again this phase: its ``current`` pointer is
    past its last arc. So each arc is skipped at most once per phase, the O(V·E) phase bound.
    """
    path: list[int] = []
    u = source
    while u != sink:
        arcs = net.arcs[u]
        while current[u] < len(arcs):
            i = arcs[current[u]]
            v = net.head[i]
            if net.spare[i] > 0 and level.get(v) == level[u] + 1:
                break
            current[u] += 1
        if current[u] < len(arcs):
            path.append(arcs[current[u]])
            u = net.head[path[-1]]
        elif not path:
            return None
        else:  # u is a dead end: back up and make its parent skip the arc that led here
            u = net.tail(path.pop())
            current[u] += 1
    return path


def min_cut(graph: Graph[V], source: V, sink: V) -> tuple[float, set[V], list[tuple[V, V, float]]]:
    """Return ``(capacity, S, cut edges)`` of a minimum ``source``–``sink`` cut.

    ``S`` is the set of vertices the source reaches in the residual graph of a maximum flow;
    the cut edges are the graph's edges from ``S`` to the rest (for an undirected graph, the
    edges with one end in ``S``), and their capacities sum to the maximum flow value.

    >>> min_cut(Graph.from_edges([(0, 1, 2), (1, 2, 1)], directed=True), 0, 2)
    (1, {0, 1}, [(1, 2, 1)])
    """
    net, _, _ = _blocking_flows(graph, source, sink)
    side = set(net.levels(source))
    edges = [(u, v, c) for u, v, c in graph.edges() if (u in side) != (v in side)
             and (u in side or not graph.directed)]
    return sum(c for _, _, c in edges), side, edges
