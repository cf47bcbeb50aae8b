"""Bipartite check and undirected cycles against networkx; certificates checked edge by edge."""

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs.bipartite import NotBipartiteError, is_bipartite, odd_cycle, two_colouring
from dsa.graphs.undirected_cycles import find_undirected_cycle, is_forest
from dsa.structures.graph import Graph


def to_nx(graph):
    g = nx.DiGraph() if graph.directed else nx.Graph()
    g.add_nodes_from(graph)
    g.add_edges_from((u, v) for u, v, _ in graph.edges())
    return g


class CountingGraph(Graph):
    """A graph that counts every neighbour a search actually looks at."""

    looked_at = 0

    def neighbors(self, u):
        for v in super().neighbors(u):
            self.looked_at += 1
            yield v


@given(data=st.data())
def test_colouring_or_odd_cycle_matches_networkx(kit, data):
    graph = data.draw(kit.graphs(directed=False, max_edges=10))
    expected = nx.is_bipartite(to_nx(graph)) and not any(u == v for u, v, _ in graph.edges())
    assert is_bipartite(graph) == expected
    if expected:
        colour = two_colouring(graph)
        assert set(colour) == set(graph) and set(colour.values()) <= {0, 1}
        assert all(colour[u] != colour[v] for u, v, _ in graph.edges())
    else:
        cycle = odd_cycle(graph)
        assert len(cycle) % 2 == 1 and kit.is_cycle(graph, cycle)
        with pytest.raises(NotBipartiteError) as error:
            two_colouring(graph)
        assert error.value.cycle == cycle


@given(data=st.data())
def test_cycle_or_forest_matches_the_edge_count(kit, data):
    graph = data.draw(kit.graphs(directed=False, max_edges=9))
    # a forest has exactly V - C edges for C components (an independent count, no search)
    forest = graph.edge_count == len(graph) - nx.number_connected_components(to_nx(graph))
    assert is_forest(graph) == forest
    cycle = find_undirected_cycle(graph)
    if not forest:
        assert kit.is_cycle(graph, cycle) and len(cycle) != 2


def test_directed_graphs_are_refused_with_the_alternative_named():
    with pytest.raises(ValueError, match="directed=False"):
        two_colouring(Graph(directed=True))
    with pytest.raises(ValueError, match="find_cycle"):
        find_undirected_cycle(Graph(directed=True))


def ladder(n, graph_class=Graph):
    """A long ladder (two paths joined by rungs): bipartite, full of 4-cycles, deep for a DFS."""
    edges = [(("a", i), ("a", i + 1)) for i in range(n - 1)]
    edges += [(("b", i), ("b", i + 1)) for i in range(n - 1)]
    edges += [(("a", i), ("b", i)) for i in range(n)]
    return graph_class.from_edges(edges)


def test_searches_look_at_each_edge_a_bounded_number_of_times():
    for n in (1000, 2000):
        graph = ladder(n, CountingGraph)
        assert is_bipartite(graph)
        assert graph.looked_at == 2 * graph.edge_count  # BFS: every edge from both ends, once
        path = CountingGraph.from_edges([(i, i + 1) for i in range(2 * n)])
        assert is_forest(path) and path.looked_at == 2 * path.edge_count
        path.add_edge(2 * n, 0)
        path.looked_at = 0
        assert len(find_undirected_cycle(path)) == 2 * n + 1
        assert path.looked_at <= 2 * path.edge_count


def test_cycle_search_looks_at_fewer_than_2v_edges_however_dense():
    # a complete graph has V (V - 1) / 2 edges, yet the search stops within 2V - 1 looks
    for n in (50, 200):
        complete = CountingGraph.from_edges([(u, v) for u in range(n) for v in range(u + 1, n)])
        assert len(find_undirected_cycle(complete)) >= 3
        assert complete.looked_at <= 2 * n - 1


def test_long_paths_and_cycles_do_not_recurse(nesting):
    n = 20000
    ring = Graph.from_edges([(i, (i + 1) % n) for i in range(n)])
    cycle, deep = nesting(find_undirected_cycle, ring)
    assert sorted(cycle) == list(range(n))
    _, shallow = nesting(find_undirected_cycle, Graph.from_edges([(0, 1), (1, 2), (2, 0)]))
    assert deep <= shallow + 2
    odd_ring = Graph.from_edges([(i, (i + 1) % (n + 1)) for i in range(n + 1)])
    assert len(odd_cycle(odd_ring)) == n + 1
