"""Bridges and articulation points against networkx, and by deleting each edge or vertex."""


import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs.bridges import articulation_points, bridges
from dsa.structures.graph import Graph


def to_nx(graph):
    g = nx.Graph()
    g.add_nodes_from(graph)
    g.add_edges_from((u, v) for u, v, _ in graph.edges())
    return g


class CountingGraph(Graph):
    looked_at = 0

    def neighbors(self, u):
        for v in super().neighbors(u):
            self.looked_at += 1
            yield v


@given(data=st.data())
def test_bridges_and_cut_vertices_match_networkx(kit, data):
    graph = data.draw(kit.graphs(directed=False))
    g = to_nx(graph)
    assert {frozenset(e) for e in bridges(graph)} == {frozenset(e) for e in nx.bridges(g)}
    assert set(articulation_points(graph)) == set(nx.articulation_points(g))


@given(data=st.data())
def test_removing_exactly_the_reported_ones_adds_components(kit, data):
    graph = data.draw(kit.graphs(directed=False, max_vertices=6, max_edges=9))
    g = to_nx(graph)
    base = nx.number_connected_components(g)
    found = {frozenset(e) for e in bridges(graph)}
    for u, v in list(g.edges()):
        if u == v:
            continue
        h = g.copy()
        h.remove_edge(u, v)
        assert (nx.number_connected_components(h) > base) == (frozenset((u, v)) in found)
    cut = set(articulation_points(graph))
    for v in graph:
        h = g.copy()
        h.remove_node(v)
        isolated_alone = g.degree(v) - 2 * g.has_edge(v, v) == 0  # removing it removes a component
        assert (nx.number_connected_components(h) > base - isolated_alone) == (v in cut)


def test_pairs_are_reported_in_discovery_order():
    g = Graph.from_edges([("hub", "a"), ("hub", "b"), ("a", "b"), ("b", "tail")])
    assert bridges(g) == [("b", "tail")]
    assert articulation_points(g) == ["b"]
    with pytest.raises(ValueError, match="undirected"):
        bridges(Graph(directed=True))


@pytest.mark.parametrize("function", [bridges, articulation_points])
def test_work_doubles_when_the_graph_doubles(function, lines_run):
    # a ladder: cycles everywhere, so both kinds of non-tree edge and every branch are exercised
    def ladder(n):
        return Graph.from_edges([(i, i + 2) for i in range(2 * n - 2)]
                                + [(i, i + 1) for i in range(0, 2 * n, 2)]
                                + [(2 * n, 2 * n + 1), (2 * n + 1, 2 * n + 2)])

    small, large = (lines_run(function, ladder(n)) for n in (1000, 2000))
    assert 1.9 < large / small < 2.1, large / small


def test_linear_work_and_no_recursion(nesting):
    for n in (2000, 4000):
        path = CountingGraph.from_edges([(i, i + 1) for i in range(n)])
        assert len(bridges(path)) == n
        assert path.looked_at == 2 * n  # each edge seen once from each end
    n = 30000
    path = Graph.from_edges([(i, i + 1) for i in range(n)])
    points, deep = nesting(articulation_points, path)
    assert points == list(range(1, n))
    _, shallow = nesting(articulation_points, Graph.from_edges([(0, 1), (1, 2)]))
    assert deep <= shallow + 2
