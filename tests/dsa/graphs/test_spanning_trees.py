"""Prim and Kruskal against each other and against brute force over edge subsets."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsa.graphs import connected_components, kruskal, prim
from dsa.structures.graph import Graph
from dsa.structures.union_find import UnionFind


def is_forest_spanning(graph, edges):
    uf = UnionFind()
    for v in graph:
        uf.add(v)
    if not all(uf.union(u, v) for u, v, _ in edges):
        return False  # an edge closed a cycle
    return uf.count == len(connected_components(graph))


def brute_force_weight(graph):
    edges = graph.edges()
    needed = len(graph) - len(connected_components(graph))
    return min(sum(w for _, _, w in subset) for subset in itertools.combinations(edges, needed)
               if is_forest_spanning(graph, subset))


@settings(max_examples=40)
@given(data=st.data())
def test_prim_kruskal_and_brute_force_agree(kit, data):
    graph = data.draw(kit.graphs(directed=False, max_vertices=6, max_edges=9, min_weight=-3))
    by_prim, by_kruskal = prim(graph), kruskal(graph)
    for edges in (by_prim, by_kruskal):
        assert is_forest_spanning(graph, edges)
        assert all(graph.weight(u, v) == w for u, v, w in edges)
    weight = sum(w for _, _, w in by_prim)
    assert weight == sum(w for _, _, w in by_kruskal) == brute_force_weight(graph)


def test_directed_graphs_are_refused():
    for mst in (prim, kruskal):
        with pytest.raises(ValueError, match="undirected"):
            mst(Graph(directed=True))


def test_forest_on_disconnected_graph():
    graph = Graph.from_edges([(0, 1, 1), (2, 3, 2)], vertices=[4])
    assert sorted(prim(graph)) == sorted(kruskal(graph)) == [(0, 1, 1), (2, 3, 2)]
