"""BFS against all-pairs hop counts; iterative DFS against a recursive DFS."""

import itertools
import math
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs import bfs, dfs, floyd_warshall, path_to
from dsa.structures.graph import Graph


def unit_weights(graph):
    return Graph.from_edges([(u, v, 1) for u, v, _ in graph.edges()], directed=graph.directed,
                            vertices=graph)


@given(data=st.data())
def test_bfs_distances_are_hop_counts(kit, data):
    graph = data.draw(kit.graphs())
    hops, _ = floyd_warshall(unit_weights(graph))
    source = data.draw(st.sampled_from(graph.vertices()))
    result = bfs(graph, source)
    expected = {v: d for v, d in hops[source].items() if d < math.inf}
    assert result.distance == expected
    assert set(result.order) == set(expected) and result.order[0] == source
    assert [result.distance[v] for v in result.order] == sorted(result.distance.values())
    for v in result.order:
        path = path_to(result.parent, v)
        assert path[0] == source and path[-1] == v and len(path) == result.distance[v] + 1
        assert all(graph.has_edge(a, b) for a, b in itertools.pairwise(path))


def recursive_dfs(graph):
    preorder, postorder, parent = [], [], {}

    def visit(u):
        preorder.append(u)
        for v in graph.neighbors(u):
            if v not in parent:
                parent[v] = u
                visit(v)
        postorder.append(u)

    for root in graph:
        if root not in parent:
            parent[root] = None
            visit(root)
    return preorder, postorder, parent


@given(data=st.data())
def test_iterative_dfs_matches_recursive(kit, data):
    graph = data.draw(kit.graphs())
    result = dfs(graph)
    assert (result.preorder, result.postorder, result.parent) == recursive_dfs(graph)


@given(data=st.data())
def test_dfs_intervals_nest(kit, data):
    graph = data.draw(kit.graphs())
    result = dfs(graph)
    start = {v: i for i, v in enumerate(result.preorder)}
    finish = {v: i for i, v in enumerate(result.postorder)}
    for u in graph:
        for v in graph:
            # v is a DFS-tree descendant of u exactly when v starts after and finishes before u
            descendant = u in path_to(result.parent, v)
            assert descendant == (start[u] <= start[v] and finish[v] <= finish[u])


def test_dfs_from_chosen_sources_only():
    graph = Graph.from_edges([(1, 2), (3, 4)], directed=True)
    assert dfs(graph, [3]).preorder == [3, 4]


def test_deep_graph_does_not_hit_the_recursion_limit():
    n = sys.getrecursionlimit() * 2
    path = Graph.from_edges([(i, i + 1) for i in range(n)], directed=True)
    result = dfs(path, [0])
    assert result.preorder == list(range(n + 1))
    assert result.postorder == list(range(n, -1, -1))


def test_unknown_source():
    with pytest.raises(KeyError, match="not in the graph"):
        bfs(Graph(), "x")
    with pytest.raises(KeyError, match="not in the graph"):
        dfs(Graph(), ["x"])
