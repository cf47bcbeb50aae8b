"""Maximum flow (Edmonds–Karp, Dinic) and minimum cut against networkx; flows checked valid."""

import math
import random

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs.max_flow import dinic, edmonds_karp, min_cut
from dsa.structures.graph import Graph

SOLVERS = [edmonds_karp, dinic]


def nx_value(graph, s, t):
    g = nx.DiGraph() if graph.directed else nx.Graph()
    g.add_nodes_from(graph)
    g.add_edges_from((u, v, {"capacity": w}) for u, v, w in graph.edges())
    return nx.maximum_flow_value(g, s, t)


def assert_valid_flow(graph, s, t, result):
    net = {v: 0 for v in graph}
    arcs = {(u, v): w for u, v, w in graph.edges()}
    if not graph.directed:
        arcs.update({(v, u): w for u, v, w in graph.edges()})
    for (u, v), sent in result.flow.items():
        assert 0 < sent <= arcs[(u, v)]
        net[u] -= sent
        net[v] += sent
    assert all(net[v] == 0 for v in graph if v not in (s, t))
    assert net[t] == result.value == -net[s]


@pytest.mark.parametrize("solve", SOLVERS)
@given(data=st.data())
def test_flow_value_matches_networkx_and_the_flow_is_valid(kit, solve, data):
    graph = data.draw(kit.graphs(max_vertices=7, max_edges=18))
    if len(graph) < 2:
        graph.add_vertex(len(graph))
    s, t = data.draw(st.lists(st.sampled_from(graph.vertices()), min_size=2, max_size=2,
                              unique=True))
    result = solve(graph, s, t)
    assert result.value == nx_value(graph, s, t)
    assert_valid_flow(graph, s, t, result)
    capacity, side, edges = min_cut(graph, s, t)
    assert capacity == result.value and s in side and t not in side
    assert all((u in side) != (v in side) for u, v, _ in edges)


def test_bad_ends_and_capacities_are_named():
    g = Graph.from_edges([(0, 1, 1)], directed=True)
    with pytest.raises(KeyError, match="sink 9 is not in the graph"):
        dinic(g, 0, 9)
    with pytest.raises(ValueError, match="source and sink are both 0"):
        edmonds_karp(g, 0, 0)
    with pytest.raises(ValueError, match="capacity -2"):
        dinic(Graph.from_edges([(0, 1, -2)], directed=True), 0, 1)


def test_shortest_paths_beat_the_classic_bad_case():
    # Ford-Fulkerson with unlucky paths alternates over the middle edge and needs 2 * 10**6
    # augmentations here; shortest paths never use the middle edge: two augmentations.
    big = 10**6
    g = Graph.from_edges([("s", "a", big), ("s", "b", big), ("a", "b", 1), ("a", "t", big),
                          ("b", "t", big)], directed=True)
    assert edmonds_karp(g, "s", "t") == (2 * big, {("s", "a"): big, ("s", "b"): big,
                                                    ("a", "t"): big, ("b", "t"): big}, 2)
    assert dinic(g, "s", "t").rounds == 1


def random_network(n, m, seed):
    rng = random.Random(seed)
    edges = [(rng.randrange(n), rng.randrange(n), rng.randint(1, 20)) for _ in range(m)]
    edges += [(i, i + 1, rng.randint(1, 20)) for i in range(n - 1)]  # s reaches t
    return Graph.from_edges([(u, v, w) for u, v, w in edges if u != v], directed=True,
                            vertices=range(n))


@pytest.mark.parametrize("seed", range(5))
def test_round_counts_stay_within_their_bounds(seed):
    graph = random_network(60, 400, seed)
    n, arcs = len(graph), 2 * graph.edge_count
    ek, dn = edmonds_karp(graph, 0, n - 1), dinic(graph, 0, n - 1)
    assert ek.value == dn.value == nx_value(graph, 0, n - 1)
    assert ek.rounds <= n * arcs / 2  # each arc is a bottleneck at most V/2 times
    assert dn.rounds <= n - 1  # the distance to the sink grows every phase


def test_dinic_phases_on_unit_networks_are_at_most_about_root_v():
    # unit capacities, every vertex with one way in or out (a matching network): 2 sqrt(V) + 2
    rng = random.Random(3)
    for side in (50, 200, 800):
        edges = [("s", ("l", i), 1) for i in range(side)]
        edges += [(("r", j), "t", 1) for j in range(side)]
        edges += [(("l", i), ("r", rng.randrange(side)), 1) for i in range(side) for _ in range(3)]
        graph = Graph.from_edges(edges, directed=True)
        result = dinic(graph, "s", "t")
        assert result.value == nx_value(graph, "s", "t")
        assert result.rounds <= 2 * math.sqrt(len(graph)) + 2


def test_long_paths_do_not_recurse(nesting):
    n = 20000
    path = Graph.from_edges([(i, i + 1, 5) for i in range(n)], directed=True)
    for solve in SOLVERS:
        result, deep = nesting(solve, path, 0, n)
        assert result.value == 5
        _, shallow = nesting(solve, Graph.from_edges([(0, 1, 5)], directed=True), 0, 1)
        assert deep <= shallow + 2
