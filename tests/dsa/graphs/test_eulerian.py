"""Hierholzer's Eulerian paths against networkx; each walk must use every edge exactly once."""

import itertools
import random
from collections import Counter

import networkx as nx
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dsa.graphs.eulerian import NoEulerianPathError, eulerian_path, has_eulerian_path
from dsa.structures.graph import Graph


def edge_key(graph, u, v):
    return (u, v) if graph.directed else frozenset((u, v))


def uses_every_edge_once(graph, walk):
    steps = Counter(edge_key(graph, u, v) for u, v in itertools.pairwise(walk))
    edges = Counter(edge_key(graph, u, v) for u, v, _ in graph.edges())
    return steps == edges


@given(data=st.data())
def test_walk_exists_exactly_when_networkx_says_so(kit, data):
    graph = data.draw(kit.graphs(max_vertices=6, max_edges=10))
    g = nx.DiGraph() if graph.directed else nx.Graph()
    g.add_edges_from((u, v) for u, v, _ in graph.edges())  # isolated vertices do not matter
    expected = graph.edge_count == 0 or nx.has_eulerian_path(g)
    assert has_eulerian_path(graph) == expected
    if expected:
        walk = eulerian_path(graph)
        assert uses_every_edge_once(graph, walk)
        if graph.edge_count and nx.is_eulerian(g):
            assert walk[0] == walk[-1]  # a circuit whenever one exists
    else:
        with pytest.raises(NoEulerianPathError):
            eulerian_path(graph)


@given(seed=st.integers(0, 2**32 - 1), directed=st.booleans())
def test_random_circuits_are_found(seed, directed):
    # a random closed walk always has an Eulerian circuit: its own edges, in some order
    rng = random.Random(seed)
    walk = [rng.randrange(6)]
    graph = Graph(directed=directed)
    for _ in range(rng.randrange(1, 15)):
        v = rng.randrange(6)
        if not graph.has_edge(walk[-1], v):
            graph.add_edge(walk[-1], v)
            walk.append(v)
    if not graph.has_edge(walk[-1], walk[0]) and walk[-1] != walk[0]:
        graph.add_edge(walk[-1], walk[0])
        walk.append(walk[0])
    assume(walk[0] == walk[-1])  # the closing edge was there already: rare, drawn again
    found = eulerian_path(graph)
    assert found[0] == found[-1] and uses_every_edge_once(graph, found)


def test_reasons_are_named():
    with pytest.raises(NoEulerianPathError, match="4 vertices have odd degree"):
        eulerian_path(Graph.from_edges([(0, 1), (2, 3)]))
    with pytest.raises(NoEulerianPathError, match="out-degree minus in-degree"):
        eulerian_path(Graph.from_edges([(0, 1), (0, 2)], directed=True))
    assert eulerian_path(Graph.from_edges([], vertices=[1, 2])) == []
    assert eulerian_path(Graph.from_edges([(5, 5)])) == [5, 5]


def test_work_is_linear_and_nothing_recurses(nesting, lines_run):
    def grid(n):  # an n x 4 torus: every vertex has degree 4, so a circuit exists
        edges = [((i, j), ((i + 1) % n, j)) for i in range(n) for j in range(4)]
        edges += [((i, j), (i, (j + 1) % 4)) for i in range(n) for j in range(4)]
        return Graph.from_edges(edges)

    small, large = (lines_run(eulerian_path, grid(n)) for n in (500, 1000))
    assert 1.9 < large / small < 2.1, large / small
    n = 20000
    ring = Graph.from_edges([(i, (i + 1) % n) for i in range(n)], directed=True)
    walk, deep = nesting(eulerian_path, ring)
    assert len(walk) == n + 1
    _, shallow = nesting(eulerian_path, Graph.from_edges([(0, 1), (1, 0)], directed=True))
    assert deep <= shallow + 2
