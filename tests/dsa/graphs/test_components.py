"""Connected components against union-find; strongly connected ones against reachability."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs import connected_components, strongly_connected_components
from dsa.structures.graph import Graph
from dsa.structures.union_find import UnionFind


@given(data=st.data())
def test_components_match_union_find(kit, data):
    graph = data.draw(kit.graphs(directed=False))
    uf = UnionFind(len(graph))
    for u, v, _ in graph.edges():
        uf.union(u, v)
    components = connected_components(graph)
    assert sorted(v for c in components for v in c) == sorted(graph)
    assert len(components) == uf.count
    for component in components:
        assert all(uf.connected(component[0], v) for v in component)


@given(data=st.data())
def test_sccs_match_mutual_reachability(kit, data):
    graph = data.draw(kit.graphs(directed=True))
    reach = kit.reachability(graph)
    components = strongly_connected_components(graph)
    label = {v: i for i, c in enumerate(components) for v in c}
    assert sorted(label) == sorted(graph) and len(label) == len(graph)
    for u in graph:
        for v in graph:
            together = u == v or (v in reach[u] and u in reach[v])
            assert (label[u] == label[v]) == together
    # reverse topological order: an edge never leads to a component emitted later
    assert all(label[u] >= label[v] for u, v, _ in graph.edges())


def test_kinds_of_graph_are_checked():
    with pytest.raises(ValueError, match="strongly_connected_components"):
        connected_components(Graph(directed=True))
    with pytest.raises(ValueError, match="connected_components"):
        strongly_connected_components(Graph())


def test_deep_cycle_is_one_component():
    n = 5000
    ring = Graph.from_edges([(i, (i + 1) % n) for i in range(n)], directed=True)
    assert [len(c) for c in strongly_connected_components(ring)] == [n]
