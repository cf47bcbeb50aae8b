"""Dijkstra, Bellman–Ford and Floyd–Warshall agree; negative cycles are found and are real."""

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs import (
    NegativeCycleError,
    bellman_ford,
    dijkstra,
    find_negative_cycle,
    floyd_warshall,
    floyd_warshall_path,
    has_negative_cycle,
    path_to,
)
from dsa.structures.graph import Graph


def path_weight(graph, path):
    return sum(graph.weight(a, b) for a, b in itertools.pairwise(path))


@given(data=st.data())
def test_three_algorithms_agree_on_non_negative_graphs(kit, data):
    graph = data.draw(kit.graphs(min_weight=0))
    source = data.draw(st.sampled_from(graph.vertices()))
    by_dijkstra, dijkstra_parent = dijkstra(graph, source)
    by_bellman_ford, bellman_parent = bellman_ford(graph, source)
    table, next_hop = floyd_warshall(graph)
    assert by_dijkstra == by_bellman_ford == table[source]
    for v, d in by_dijkstra.items():
        for path in (path_to(dijkstra_parent, v), path_to(bellman_parent, v),
                     floyd_warshall_path(next_hop, source, v)):
            if d == math.inf:
                assert path == []
            else:
                assert path[0] == source and path[-1] == v
                assert path_weight(graph, path) == d


@given(data=st.data())
def test_negative_cycles_match_floyd_warshall_diagonal(kit, data):
    graph = data.draw(kit.graphs(directed=True, min_weight=-4, max_weight=6))
    table, _ = floyd_warshall(graph)
    cycle = find_negative_cycle(graph)
    assert (cycle is not None) == has_negative_cycle(table)
    if cycle is not None:
        assert kit.is_cycle(graph, cycle)
        assert path_weight(graph, [*cycle, cycle[0]]) < 0


@given(data=st.data())
def test_bellman_ford_from_a_source(kit, data):
    graph = data.draw(kit.graphs(directed=True, min_weight=-4, max_weight=6))
    source = data.draw(st.sampled_from(graph.vertices()))
    table, _ = floyd_warshall(graph)
    # A negative cycle matters when some vertex on it is reachable from the source.
    poisoned = any(table[source][v] < math.inf and table[v][v] < 0 for v in graph)
    if poisoned:
        with pytest.raises(NegativeCycleError) as caught:
            bellman_ford(graph, source)
        cycle = caught.value.cycle
        assert kit.is_cycle(graph, cycle)
        assert path_weight(graph, [*cycle, cycle[0]]) < 0
    else:
        distance, parent = bellman_ford(graph, source)
        assert distance == table[source]
        for v in graph:
            if distance[v] < math.inf:
                assert path_weight(graph, path_to(parent, v)) == distance[v]


def test_negative_undirected_edge_is_a_negative_cycle():
    graph = Graph.from_edges([(0, 1, -1), (1, 2, 5)])
    assert sorted(find_negative_cycle(graph)) == [0, 1]
    with pytest.raises(NegativeCycleError):
        bellman_ford(graph, 2)


def test_dijkstra_rejects_negative_edges_and_unknown_source():
    graph = Graph.from_edges([("a", "b", -1)], directed=True)
    with pytest.raises(ValueError, match="bellman_ford"):
        dijkstra(graph, "a")
    with pytest.raises(KeyError, match="not in the graph"):
        dijkstra(graph, "z")
    with pytest.raises(KeyError, match="not in the graph"):
        bellman_ford(graph, "z")


def test_known_example():
    # CLRS-style example with a unique shortest-path tree.
    graph = Graph.from_edges(
        [("s", "t", 10), ("s", "y", 5), ("t", "x", 1), ("t", "y", 2), ("y", "t", 3),
         ("y", "x", 9), ("y", "z", 2), ("z", "s", 7), ("z", "x", 6), ("x", "z", 4)],
        directed=True,
    )
    distance, parent = dijkstra(graph, "s")
    assert distance == {"s": 0, "t": 8, "y": 5, "x": 9, "z": 7}
    assert path_to(parent, "x") == ["s", "y", "t", "x"]
