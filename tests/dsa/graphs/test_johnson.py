"""Johnson's all-pairs shortest paths against Floyd–Warshall and networkx; its passes counted."""

import importlib
import itertools
import math
import random

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs import NegativeCycleError, find_negative_cycle, floyd_warshall, path_to
from dsa.graphs.johnson import johnson
from dsa.structures.graph import Graph

# The package exports the function johnson under the module's own name, so fetch the module.
johnson_module = importlib.import_module("dsa.graphs.johnson")


def path_weight(graph, path):
    return sum(graph.weight(u, v) for u, v in itertools.pairwise(path))


@given(data=st.data())
def test_johnson_matches_floyd_warshall(kit, data):
    graph = data.draw(kit.graphs(directed=True, min_weight=-3, max_weight=9))
    cycle = find_negative_cycle(graph)
    if cycle is not None:
        with pytest.raises(NegativeCycleError):
            johnson(graph)
        return
    distance, parent = johnson(graph)
    assert distance == floyd_warshall(graph)[0]
    for s in graph:
        for t in graph:
            if distance[s][t] < math.inf:
                path = path_to(parent[s], t)
                assert path[0] == s and path[-1] == t
                assert path_weight(graph, path) == distance[s][t]


@given(data=st.data())
def test_johnson_on_undirected_graphs_matches_networkx(kit, data):
    graph = data.draw(kit.graphs(directed=False, min_weight=0, max_weight=9))
    g = nx.Graph()
    g.add_nodes_from(graph)
    g.add_weighted_edges_from(graph.edges())
    expected = dict(nx.all_pairs_dijkstra_path_length(g))
    distance, _ = johnson(graph)
    for s in graph:
        assert {t: d for t, d in distance[s].items() if d < math.inf} == expected[s]


def test_johnson_runs_one_bellman_ford_and_one_dijkstra_per_vertex(monkeypatch):
    calls = {"bellman_ford": [], "dijkstra": 0}
    real_bf, real_dijkstra = johnson_module.bellman_ford, johnson_module.dijkstra

    def counting_bf(graph, source):
        calls["bellman_ford"].append(len(graph))
        return real_bf(graph, source)

    def counting_dijkstra(graph, source):
        calls["dijkstra"] += 1
        return real_dijkstra(graph, source)

    monkeypatch.setattr(johnson_module, "bellman_ford", counting_bf)
    monkeypatch.setattr(johnson_module, "dijkstra", counting_dijkstra)
    rng = random.Random(2)
    n = 60
    forward = [sorted(rng.sample(range(n), 2)) for _ in range(3 * n)]  # a DAG: no cycle at all
    graph = Graph.from_edges([(u, v, rng.randint(-5, 10)) for u, v in forward], directed=True,
                             vertices=range(n))
    assert johnson(graph)[0] == floyd_warshall(graph)[0]
    assert calls == {"bellman_ford": [n + 1], "dijkstra": n}
