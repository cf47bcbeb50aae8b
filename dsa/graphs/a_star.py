"""A* search: Dijkstra steered toward one target by a heuristic.

Dijkstra settles vertices in order of ``g(v)``, the distance from the source. A* orders them by
``f(v) = g(v) + h(v)``, where ``h(v)`` estimates the remaining distance to the target. If ``h``
is **admissible** (never overestimates), the first time the target is popped its ``g`` is the
shortest distance; with ``h = 0`` A* *is* Dijkstra. A better estimate means fewer vertices
expanded. If ``h`` is also *consistent* (``h(u) <= w(u, v) + h(v)``) no vertex is expanded
twice; otherwise a vertex reached again more cheaply is put back in the queue ("reopened"),
which keeps the answer right.

The grid example: cells of a text map, moves up/down/left/right, entering a cell costs its
digit (``.`` costs 1, ``#`` is a wall). Manhattan distance is admissible and consistent there,
since every step costs at least 1 and changes it by exactly 1.

Time O((V + E) log V) in the worst case (like Dijkstra); space O(V).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Sequence
from typing import NamedTuple, TypeVar

from dsa.structures.graph import Graph
from dsa.structures.indexed_priority_queue import IndexedMinPQ

__all__ = ["SearchResult", "a_star", "grid_graph", "manhattan"]

V = TypeVar("V", bound=Hashable)
Cell = tuple[int, int]


class SearchResult(NamedTuple):
    """A* outcome: ``cost`` of the path (``inf`` if none), the ``path`` and how many vertices
    were ``expanded`` (popped).

    >>> SearchResult(0, ["s"], 1).cost
    0
    """

    cost: float
    path: list
    expanded: int


def a_star(
    graph: Graph[V], source: V, target: V, heuristic: Callable[[V, V], float]
) -> SearchResult:
    """Return a shortest ``source → target`` path, guided by an admissible ``heuristic(v, t)``.

    >>> grid = grid_graph(["S..#....",
    ...                    ".#.#.##.",
    ...                    ".#...#G."])
    >>> result = a_star(grid, (0, 0), (2, 6), manhattan)
    >>> result.cost, result.path[:5]
    (14, [(0, 0), (0, 1), (0, 2), (1, 2), (2, 2)])

    In open country the heuristic pays off: fewer vertices expanded than with ``h = 0``, which
    is plain Dijkstra.

    >>> field = grid_graph(["S.......",
    ...                     "..####..",
    ...                     ".....9..",
    ...                     ".......G"])
    >>> guided = a_star(field, (0, 0), (3, 7), manhattan)
    >>> blind = a_star(field, (0, 0), (3, 7), lambda v, t: 0)
    >>> guided.cost, blind.cost, guided.expanded, blind.expanded
    (10, 10, 22, 27)
    """
    for v in (source, target):
        if v not in graph:
            raise KeyError(f"vertex {v!r} is not in the graph")
    for u, v, w in graph.edges():
        if w < 0:
            raise ValueError(f"A* needs non-negative weights, but edge {u!r} -> {v!r} weighs {w}")
    g: dict[V, float] = {source: 0}
    parent: dict[V, V | None] = {source: None}
    frontier: IndexedMinPQ[V, float] = IndexedMinPQ()
    frontier.push(source, heuristic(source, target))
    expanded = 0
    while frontier:
        u, _ = frontier.pop()
        expanded += 1
        if u == target:
            path = [u]
            while (previous := parent[path[-1]]) is not None:
                path.append(previous)
            return SearchResult(g[u], path[::-1], expanded)
        for v, w in graph.weighted_neighbors(u):
            candidate = g[u] + w
            if candidate < g.get(v, math.inf):
                g[v] = candidate
                parent[v] = u
                f = candidate + heuristic(v, target)
                if v in frontier:
                    frontier.decrease_key(v, f)
                else:
                    frontier.push(v, f)  # first visit, or a reopening
    return SearchResult(math.inf, [], expanded)


def manhattan(a: Cell, b: Cell) -> int:
    """The grid distance ``|Δrow| + |Δcol|`` between two cells.

    >>> manhattan((0, 0), (2, 3))
    5
    """
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


def grid_graph(rows: Sequence[str]) -> Graph[Cell]:
    """Build a directed graph of the open cells ``(row, col)`` of a text map.

    ``#`` is a wall; a digit ``1``-``9`` is the cost of entering that cell; any other character
    (``.``, ``S``, ``G``...) costs 1. Edges join 4-neighbours.

    >>> g = grid_graph([".5", "#."])
    >>> g.weight((0, 0), (0, 1)), g.weight((0, 1), (0, 0)), (1, 0) in g
    (5, 1, False)
    """
    if len({len(row) for row in rows}) > 1:
        raise ValueError("every row of the grid must have the same length")
    graph: Graph[Cell] = Graph(directed=True)

    def cost(ch: str) -> int:
        return int(ch) if ch.isdigit() and ch != "0" else 1

    for r, row in enumerate(rows):
        for c, ch in enumerate(row):
            if ch == "#":
                continue
            graph.add_vertex((r, c))
            for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < len(rows) and 0 <= nc < len(row) and rows[nr][nc] != "#":
                    graph.add_edge((r, c), (nr, nc), cost(rows[nr][nc]))
    return graph
