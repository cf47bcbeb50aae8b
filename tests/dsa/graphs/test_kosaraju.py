"""Kosaraju's SCCs against networkx and Tarjan's; the condensation order checked edge by edge."""

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs import strongly_connected_components
from dsa.graphs.kosaraju import kosaraju
from dsa.structures.graph import Graph


class CountingGraph(Graph):
    looked_at = 0

    def neighbors(self, u):
        for v in super().neighbors(u):
            self.looked_at += 1
            yield v

    def reversed(self):
        flipped = CountingGraph(directed=True)
        for v in self:
            flipped.add_vertex(v)
        for u, v, w in self.edges():
            flipped.add_edge(v, u, w)
        self.twin = flipped
        return flipped


@given(data=st.data())
def test_components_match_networkx_in_topological_order(kit, data):
    graph = data.draw(kit.graphs(directed=True))
    g = nx.DiGraph()
    g.add_nodes_from(graph)
    g.add_edges_from((u, v) for u, v, _ in graph.edges())
    components = kosaraju(graph)
    assert sorted(map(frozenset, components), key=sorted) == sorted(
        map(frozenset, nx.strongly_connected_components(g)), key=sorted)
    label = {v: i for i, c in enumerate(components) for v in c}
    assert all(label[u] <= label[v] for u, v, _ in graph.edges())  # sources first
    tarjan = strongly_connected_components(graph)
    assert {frozenset(c) for c in tarjan} == {frozenset(c) for c in components}


def test_undirected_graph_is_refused():
    with pytest.raises(ValueError, match="connected_components"):
        kosaraju(Graph())


def test_each_edge_is_looked_at_once_per_pass():
    for n in (1000, 3000):
        graph = CountingGraph.from_edges(
            [(i, (i + 1) % n) for i in range(n)] + [(i, i + n) for i in range(n)], directed=True)
        components = kosaraju(graph)
        assert len(components) == n + 1
        assert graph.looked_at == graph.edge_count
        assert graph.twin.looked_at == graph.edge_count


def test_long_cycle_does_not_recurse(nesting):
    n = 20000
    ring = Graph.from_edges([(i, (i + 1) % n) for i in range(n)], directed=True)
    components, deep = nesting(kosaraju, ring)
    assert [len(c) for c in components] == [n]
    _, shallow = nesting(kosaraju, Graph.from_edges([(0, 1), (1, 0)], directed=True))
    assert deep <= shallow + 2
