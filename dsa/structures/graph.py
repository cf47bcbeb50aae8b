"""A graph as adjacency lists: each vertex maps to its neighbours and the weights of the edges.

``Graph`` stores ``{vertex: {neighbour: weight}}``. A directed edge ``u → v`` appears once, under
``u``; an undirected edge ``u — v`` appears under both ends, with the same weight. Invariant:
every neighbour is itself a vertex of the graph, and for an undirected graph ``v in adj[u]``
exactly when ``u in adj[v]``. Vertices can be any hashable values; iteration follows insertion
order, so every algorithm run on a graph is deterministic.

Adjacency lists take O(V + E) space and list a vertex's neighbours in O(degree) — what BFS, DFS,
Dijkstra and friends need. (An adjacency *matrix* answers "is there an edge u–v?" in O(1) but
costs O(V²) space; here ``has_edge`` is O(1) on average anyway, thanks to the inner dict.)
Between two vertices there is at most one edge in each direction: adding it again replaces its
weight. Unweighted graphs simply use weight 1.

| operation | time |
|---|---|
| ``add_vertex`` | O(1) average |
| ``add_edge`` | O(1) average |
| ``has_edge`` | O(1) average |
| ``neighbors(u)`` | O(degree(u)) |
| ``edges()`` | O(V + E) |

>>> g = Graph.from_edges([("a", "b", 4), ("b", "c", 1)])
>>> sorted(g.neighbors("b")), g.weight("c", "b"), len(g), g.edge_count
(['a', 'c'], 1, 3, 2)
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator
from typing import Generic, TypeVar

V = TypeVar("V", bound=Hashable)

__all__ = ["Graph"]


class Graph(Generic[V]):
    """A directed or undirected, optionally weighted graph stored as adjacency lists.

    >>> g = Graph(directed=True)
    >>> g.add_edge(1, 2, weight=5)
    >>> g.has_edge(1, 2), g.has_edge(2, 1)
    (True, False)
    >>> g
    Graph(directed=True, vertices=[1, 2], edges=[(1, 2, 5)])
    """

    def __init__(self, directed: bool = False) -> None:
        self.directed = directed
        self._adj: dict[V, dict[V, float]] = {}

    @classmethod
    def from_edges(
        cls,
        edges: Iterable[tuple],
        *,
        directed: bool = False,
        vertices: Iterable[V] = (),
    ) -> Graph[V]:
        """Build a graph from ``(u, v)`` or ``(u, v, weight)`` tuples, plus isolated ``vertices``.

        >>> Graph.from_edges([(0, 1)], vertices=[2]).vertices()
        [2, 0, 1]
        >>> Graph.from_edges([(0, 1, 2, 3)])
        Traceback (most recent call last):
        ...
        ValueError: an edge is (u, v) or (u, v, weight), got (0, 1, 2, 3)
        """
        graph: Graph[V] = cls(directed=directed)
        for v in vertices:
            graph.add_vertex(v)
        for edge in edges:
            if len(edge) not in (2, 3):
                raise ValueError(f"an edge is (u, v) or (u, v, weight), got {edge!r}")
            graph.add_edge(*edge)
        return graph

    def add_vertex(self, v: V) -> None:
        """Add vertex ``v`` (nothing happens if it is already there).

        >>> g = Graph(); g.add_vertex("x"); g.add_vertex("x"); len(g)
        1
        """
        self._adj.setdefault(v, {})

    def add_edge(self, u: V, v: V, weight: float = 1) -> None:
        """Add the edge ``u → v`` (and ``v → u`` if undirected), adding missing vertices.

        >>> g = Graph(); g.add_edge("a", "b", 2); g.weight("b", "a")
        2
        """
        self.add_vertex(u)
        self.add_vertex(v)
        self._adj[u][v] = weight
        if not self.directed:
            self._adj[v][u] = weight

    def vertices(self) -> list[V]:
        """All vertices, in insertion order.

        >>> Graph.from_edges([(3, 1), (1, 2)]).vertices()
        [3, 1, 2]
        """
        return list(self._adj)

    def _row(self, u: V) -> dict[V, float]:
        try:
            return self._adj[u]
        except KeyError:
            raise KeyError(f"vertex {u!r} is not in the graph; add it with add_vertex") from None

    def neighbors(self, u: V) -> Iterator[V]:
        """The vertices that ``u`` has an edge to.

        >>> list(Graph.from_edges([(0, 1), (0, 2)], directed=True).neighbors(0))
        [1, 2]
        >>> list(Graph().neighbors("nowhere"))
        Traceback (most recent call last):
        ...
        KeyError: "vertex 'nowhere' is not in the graph; add it with add_vertex"
        """
        return iter(list(self._row(u)))

    def weighted_neighbors(self, u: V) -> Iterator[tuple[V, float]]:
        """Pairs ``(v, weight)`` for each edge ``u → v``.

        >>> list(Graph.from_edges([(0, 1, 7)]).weighted_neighbors(1))
        [(0, 7)]
        """
        return iter(list(self._row(u).items()))

    def degree(self, u: V) -> int:
        """The number of edges leaving ``u`` (its out-degree if directed).

        >>> Graph.from_edges([(0, 1), (0, 2)]).degree(0)
        2
        """
        return len(self._row(u))

    def has_edge(self, u: V, v: V) -> bool:
        """Whether the edge ``u → v`` exists.

        >>> Graph.from_edges([(0, 1)]).has_edge(1, 0)
        True
        """
        return u in self._adj and v in self._adj[u]

    def weight(self, u: V, v: V) -> float:
        """The weight of the edge ``u → v``; ``KeyError`` if there is no such edge.

        >>> Graph.from_edges([(0, 1)]).weight(0, 1)
        1
        >>> Graph.from_edges([(0, 1)]).weight(1, 2)
        Traceback (most recent call last):
        ...
        KeyError: 'no edge 1 -> 2 in the graph'
        """
        if not self.has_edge(u, v):
            raise KeyError(f"no edge {u!r} -> {v!r} in the graph")
        return self._adj[u][v]

    def edges(self) -> list[tuple[V, V, float]]:
        """All edges as ``(u, v, weight)``; an undirected edge is listed once.

        >>> Graph.from_edges([(0, 1, 5), (1, 2, 6)]).edges()
        [(0, 1, 5), (1, 2, 6)]
        """
        if self.directed:
            return [(u, v, w) for u, row in self._adj.items() for v, w in row.items()]
        order = {v: i for i, v in enumerate(self._adj)}
        return [
            (u, v, w)
            for u, row in self._adj.items()
            for v, w in row.items()
            if order[u] <= order[v]
        ]

    @property
    def edge_count(self) -> int:
        """The number of edges (an undirected edge counts once). O(V + E).

        >>> Graph.from_edges([(0, 1), (1, 2), (2, 2)]).edge_count
        3
        """
        return len(self.edges())

    def reversed(self) -> Graph[V]:
        """A copy with every edge turned around (the same graph, if undirected).

        >>> Graph.from_edges([(0, 1, 3)], directed=True).reversed().edges()
        [(1, 0, 3)]
        """
        graph: Graph[V] = Graph(directed=self.directed)
        for v in self._adj:
            graph.add_vertex(v)
        for u, v, w in self.edges():
            graph.add_edge(v, u, w)
        return graph

    def __contains__(self, v: object) -> bool:
        """Whether ``v`` is a vertex.

        >>> 1 in Graph.from_edges([(0, 1)])
        True
        """
        return v in self._adj

    def __len__(self) -> int:
        """The number of vertices.

        >>> len(Graph.from_edges([(0, 1)], vertices=[5]))
        3
        """
        return len(self._adj)

    def __iter__(self) -> Iterator[V]:
        """Iterate over the vertices in insertion order.

        >>> list(Graph.from_edges([("b", "a")]))
        ['b', 'a']
        """
        return iter(list(self._adj))

    def __repr__(self) -> str:
        return (
            f"Graph(directed={self.directed}, vertices={self.vertices()!r}, "
            f"edges={self.edges()!r})"
        )
