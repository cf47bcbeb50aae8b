"""The adjacency-list graph against a plain set-of-edges model."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.structures.graph import Graph

edge_lists = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 5), st.integers(-3, 9)),
                      max_size=20)


@given(edges=edge_lists, directed=st.booleans())
def test_graph_matches_edge_set_model(edges, directed):
    graph = Graph.from_edges(edges, directed=directed)
    model = {}
    for u, v, w in edges:
        model[(u, v)] = w
        if not directed:
            model[(v, u)] = w
    vertices = {x for u, v, _ in edges for x in (u, v)}
    assert set(graph) == vertices and len(graph) == len(vertices)
    for u in vertices:
        assert set(graph.neighbors(u)) == {b for a, b in model if a == u}
        assert graph.degree(u) == len({b for a, b in model if a == u})
        for v in vertices:
            assert graph.has_edge(u, v) == ((u, v) in model)
            if (u, v) in model:
                assert graph.weight(u, v) == model[(u, v)]
    listed = graph.edges()
    if directed:
        assert {(u, v): w for u, v, w in listed} == model and len(listed) == len(model)
    else:
        # each undirected edge exactly once, in either orientation
        assert len(listed) == len({frozenset((u, v)) for u, v in model})
        assert all(model[(u, v)] == w for u, v, w in listed)
    assert graph.edge_count == len(listed)


@given(edges=edge_lists, directed=st.booleans())
def test_reversed_turns_every_edge(edges, directed):
    graph = Graph.from_edges(edges, directed=directed)
    back = graph.reversed()
    assert set(back) == set(graph)
    for u, v, w in graph.edges():
        assert back.weight(v, u) == w
    assert back.edge_count == graph.edge_count


def test_insertion_order_and_errors():
    graph = Graph.from_edges([("c", "a"), ("a", "b")], vertices=["z"])
    assert graph.vertices() == ["z", "c", "a", "b"]
    with pytest.raises(KeyError, match="add_vertex"):
        graph.neighbors("nope")
    with pytest.raises(KeyError, match="no edge"):
        graph.weight("z", "a")
    with pytest.raises(ValueError, match="an edge is"):
        Graph.from_edges([(1,)])
    assert "Graph(directed=False" in repr(graph)


def test_self_loops_and_replacing_an_edge():
    graph = Graph()
    graph.add_edge(1, 1, 4)
    graph.add_edge(1, 2, 3)
    graph.add_edge(2, 1, 7)  # same undirected edge: replaces the weight
    assert graph.edges() == [(1, 1, 4), (1, 2, 7)]
    assert graph.weight(1, 2) == 7
