"""Graph algorithms on :class:`dsa.structures.graph.Graph`: traversal, ordering, components,
shortest paths, spanning trees, cuts, flows and matchings, Euler paths and 2-SAT.

Searches return a predecessor map (``parent``) from which :func:`path_to` rebuilds any path.

>>> from dsa.structures.graph import Graph
>>> from dsa.graphs import dijkstra, path_to
>>> g = Graph.from_edges([("a", "b", 1), ("b", "c", 1), ("a", "c", 5)])
>>> distance, parent = dijkstra(g, "a")
>>> distance["c"], path_to(parent, "c")
(2, ['a', 'b', 'c'])
"""

from dsa.graphs.a_star import SearchResult, a_star, grid_graph, manhattan
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
from dsa.graphs.traversal import BFSResult, DFSResult, bfs, dfs

__all__ = [
    "BFSResult",
    "CycleError",
    "DFSResult",
    "NegativeCycleError",
    "SearchResult",
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

# Issue 17: bipartite graphs, cycles and cuts, Kosaraju, Euler paths, flows and matchings,
# 0-1 BFS, Johnson, Borůvka, 2-SAT.
from dsa.graphs.bipartite import NotBipartiteError, is_bipartite, odd_cycle, two_colouring
from dsa.graphs.bipartite_matching import hopcroft_karp, matching_by_flow
from dsa.graphs.boruvka import boruvka
from dsa.graphs.bridges import articulation_points, bridges
from dsa.graphs.eulerian import NoEulerianPathError, eulerian_path, has_eulerian_path
from dsa.graphs.johnson import johnson
from dsa.graphs.kosaraju import kosaraju
from dsa.graphs.max_flow import FlowResult, dinic, edmonds_karp, min_cut
from dsa.graphs.two_sat import implication_graph, two_sat
from dsa.graphs.undirected_cycles import find_undirected_cycle, is_forest
from dsa.graphs.zero_one_bfs import zero_one_bfs

__all__ += [
    "FlowResult",
    "NoEulerianPathError",
    "NotBipartiteError",
    "articulation_points",
    "boruvka",
    "bridges",
    "dinic",
    "edmonds_karp",
    "eulerian_path",
    "find_undirected_cycle",
    "has_eulerian_path",
    "hopcroft_karp",
    "implication_graph",
    "is_bipartite",
    "is_forest",
    "johnson",
    "kosaraju",
    "matching_by_flow",
    "min_cut",
    "odd_cycle",
    "two_colouring",
    "two_sat",
    "zero_one_bfs",
]
