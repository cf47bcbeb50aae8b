"""Topological orders keep every edge forward; cycles are found exactly when they exist."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs import CycleError, find_cycle, topological_sort_dfs, topological_sort_kahn
from dsa.structures.graph import Graph

SORTS = [topological_sort_kahn, topological_sort_dfs]


@pytest.mark.parametrize("sort", SORTS)
@given(data=st.data())
def test_order_of_a_dag_keeps_every_edge_forward(kit, data, sort):
    graph = data.draw(kit.dags())
    order = sort(graph)
    assert sorted(order) == sorted(graph)
    position = {v: i for i, v in enumerate(order)}
    assert all(position[u] < position[v] for u, v, _ in graph.edges())


@pytest.mark.parametrize("sort", SORTS)
@given(data=st.data())
def test_cycle_detection_matches_brute_force(kit, data, sort):
    graph = data.draw(kit.graphs(directed=True))
    reach = kit.reachability(graph)
    has_cycle = any(v in reach[v] for v in graph)  # some vertex reaches itself
    cycle = find_cycle(graph)
    assert (cycle is not None) == has_cycle
    if has_cycle:
        assert kit.is_cycle(graph, cycle)
        with pytest.raises(CycleError) as caught:
            sort(graph)
        assert kit.is_cycle(graph, caught.value.cycle)
        assert "cycle" in str(caught.value)
    else:
        order = sort(graph)
        position = {v: i for i, v in enumerate(order)}
        assert all(position[u] < position[v] for u, v, _ in graph.edges())


def test_self_loop_is_a_cycle():
    graph = Graph.from_edges([(1, 2), (2, 2)], directed=True)
    assert find_cycle(graph) == [2]
    with pytest.raises(CycleError, match="2 -> 2"):
        topological_sort_kahn(graph)


def test_cycle_error_is_a_value_error_and_undirected_is_refused():
    assert issubclass(CycleError, ValueError)
    for function in [*SORTS, find_cycle]:
        with pytest.raises(ValueError, match="directed graph"):
            function(Graph.from_edges([(1, 2)]))
