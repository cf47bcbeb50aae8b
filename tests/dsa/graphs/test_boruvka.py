"""Borůvka's minimum spanning forest against networkx and Kruskal; its rounds counted."""

import math
import random

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs import kruskal
from dsa.graphs.boruvka import _boruvka, boruvka
from dsa.structures.graph import Graph
from dsa.structures.union_find import UnionFind


@given(data=st.data())
def test_forest_weight_matches_networkx_and_kruskal(kit, data):
    graph = data.draw(kit.graphs(directed=False, max_weight=4))  # small weights: many ties
    forest = boruvka(graph)
    g = nx.Graph()
    g.add_nodes_from(graph)
    g.add_weighted_edges_from(graph.edges())
    best = nx.minimum_spanning_tree(g).size(weight="weight")
    assert sum(w for _, _, w in forest) == best == sum(w for _, _, w in kruskal(graph))
    # a spanning forest: no cycle, and as many edges as vertices minus components
    trees = UnionFind()
    for v in graph:
        trees.add(v)
    assert all(trees.union(u, v) for u, v, _ in forest)
    assert len(forest) == len(graph) - nx.number_connected_components(g)
    assert all(graph.has_edge(u, v) and graph.weight(u, v) == w for u, v, w in forest)


def test_equal_weights_never_close_a_cycle():
    # every edge weighs 1: without a consistent tie-break, trees could pick a cycle of edges
    n = 30
    complete = Graph.from_edges([(u, v, 1) for u in range(n) for v in range(u + 1, n)])
    assert len(boruvka(complete)) == n - 1


def test_directed_graph_is_refused():
    with pytest.raises(ValueError, match="undirected"):
        boruvka(Graph(directed=True))


@pytest.mark.parametrize("seed", range(4))
def test_rounds_are_at_most_log2_v(seed):
    rng = random.Random(seed)
    for n in (64, 512, 2048):
        edges = [(rng.randrange(n), rng.randrange(n), rng.randint(1, 50)) for _ in range(3 * n)]
        graph = Graph.from_edges(edges, vertices=range(n))
        forest, rounds = _boruvka(graph)
        assert rounds <= math.log2(n)
        assert sum(w for _, _, w in forest) == sum(w for _, _, w in kruskal(graph))
    # paths with weights rising away from the middle: trees grow from the middle outwards
    for k in range(2, 10):
        n = 2**k
        path = Graph.from_edges([(i, i + 1, abs(i - n // 2) + 1) for i in range(n - 1)])
        assert _boruvka(path)[1] <= k
