"""Graph algorithms on :class:`dsa.structures.graph.Graph`: traversal, ordering, components,
shortest paths, spanning trees.

Searches return a predecessor map (``parent``) from which :func:`path_to` rebuilds any path.

>>> from dsa.structures.graph import Graph
>>> from dsa.graphs import dijkstra, path_to
>>> g = Graph.from_edges([("a", "b", 1), ("b", "c", 1), ("a", "c", 5)])
>>> distance, parent = dijkstra(g, "a")
>>> distance["c"], path_to(parent, "c")
(2, ['a', 'b', 'c'])
"""

from dsa.graphs.a_star import a_star, grid_graph, manhattan
from dsa.graphs.bellman_ford import NegativeCycleError, bellman_ford, find_negative_cycle
from dsa.graphs.components import connected_components
from dsa.graphs.dijkstra import dijkstra
from dsa.graphs.floyd_warshall import floyd_warshall, floyd_warshall_path, has_negative_cycle
from dsa.graphs.kruskal import kruskal
from dsa.graphs.paths import path_to
from dsa.graphs.prim import prim
from dsa.graphs.strongly_connected import strongly_connected_components
from dsa.graphs.topological_sort import (
    CycleError,
    find_cycle,
    topological_sort_dfs,
    topological_sort_kahn,
)
from dsa.graphs.traversal import bfs, dfs

__all__ = [
    "CycleError",
    "NegativeCycleError",
    "a_star",
    "bellman_ford",
    "bfs",
    "connected_components",
    "dfs",
    "dijkstra",
    "find_cycle",
    "find_negative_cycle",
    "floyd_warshall",
    "floyd_warshall_path",
    "grid_graph",
    "has_negative_cycle",
    "kruskal",
    "manhattan",
    "path_to",
    "prim",
    "strongly_connected_components",
    "topological_sort_dfs",
    "topological_sort_kahn",
]
