"""0-1 BFS against Dijkstra and networkx; its edge reads counted."""

import itertools
import math
import random

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs import dijkstra, path_to
from dsa.graphs.zero_one_bfs import zero_one_bfs
from dsa.structures.graph import Graph


class CountingGraph(Graph):
    looked_at = 0

    def weighted_neighbors(self, u):
        for pair in super().weighted_neighbors(u):
            self.looked_at += 1
            yield pair


def path_weight(graph, path):
    return sum(graph.weight(u, v) for u, v in itertools.pairwise(path))


@given(data=st.data())
def test_zero_one_bfs_matches_dijkstra_and_networkx(kit, data):
    graph = data.draw(kit.graphs(min_weight=0, max_weight=1))
    source = data.draw(st.sampled_from(graph.vertices()))
    distance, parent = zero_one_bfs(graph, source)
    assert distance == dijkstra(graph, source)[0]
    g = nx.DiGraph() if graph.directed else nx.Graph()
    g.add_nodes_from(graph)
    g.add_weighted_edges_from(graph.edges())
    reached = nx.single_source_dijkstra_path_length(g, source)
    assert {v: d for v, d in distance.items() if d < math.inf} == reached
    for v in reached:
        path = path_to(parent, v)
        assert path[0] == source and path_weight(graph, path) == distance[v]


def test_zero_one_bfs_rejects_other_weights():
    with pytest.raises(ValueError, match="weighs 2"):
        zero_one_bfs(Graph.from_edges([(0, 1, 2)]), 0)
    with pytest.raises(KeyError, match="source 5"):
        zero_one_bfs(Graph.from_edges([(0, 1, 1)]), 5)


def test_zero_one_bfs_reads_each_edge_once():
    rng = random.Random(5)
    for n in (2000, 4000):
        graph = CountingGraph.from_edges(
            [(rng.randrange(n), rng.randrange(n), rng.randint(0, 1)) for _ in range(4 * n)],
            directed=True, vertices=range(n))
        zero_one_bfs(graph, 0)
        assert graph.looked_at <= graph.edge_count  # each settled vertex's edges, once


def test_zero_one_bfs_on_a_free_corridor():
    # a long chain of 0-edges beside a 1-edge shortcut: the deque must put 0-edges first
    n = 10000
    graph = Graph.from_edges([(i, i + 1, 0) for i in range(n)] + [(0, n, 1)], directed=True)
    distance, parent = zero_one_bfs(graph, 0)
    assert distance[n] == 0 and len(path_to(parent, n)) == n + 1
