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


def fifo_kahn_model(graph):
    """Kahn's algorithm written from its description, with a plain list as the FIFO queue."""
    indegree = {v: 0 for v in graph}
    for _, v, _ in graph.edges():
        indegree[v] += 1
    queue = [v for v in graph if indegree[v] == 0]
    for u in queue:  # the list grows while it is read: first in, first out
        for v in graph.neighbors(u):
            indegree[v] -= 1
            if indegree[v] == 0:
                queue.append(v)
    return queue


def test_kahn_takes_ready_vertices_first_in_first_out():
    # The docstring said "ties broken by vertex order"; it is FIFO. Here the vertex-order rule
    # would give shirt, tie, jacket, socks, shoes: tie comes before socks in the vertex order.
    g = Graph.from_edges([("shirt", "tie"), ("tie", "jacket"), ("socks", "shoes")],
                         directed=True)
    assert list(g) == ["shirt", "tie", "jacket", "socks", "shoes"]
    assert topological_sort_kahn(g) == ["shirt", "socks", "tie", "shoes", "jacket"]


@given(data=st.data())
def test_kahn_matches_a_fifo_model(kit, data):
    graph = data.draw(kit.dags())
    assert topological_sort_kahn(graph) == fifo_kahn_model(graph)
