"""Binary lifting and tree DP against walking up parents, networkx and brute force."""

import itertools
import math
import random

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.structures.graph import Graph
from dsa.trees.lca import BinaryLifting
from dsa.trees.tree_dp import children_first, max_independent_set, subtree_sizes, tree_diameter


def random_tree(n, seed):
    rng = random.Random(seed)
    return Graph.from_edges([(i, rng.randrange(i), rng.randint(0, 9)) for i in range(1, n)])


@st.composite
def trees(draw, max_vertices=12, max_weight=9):
    """A random tree on shuffled labels: vertex i joins a random earlier vertex."""
    n = draw(st.integers(1, max_vertices))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    labels = rng.sample(range(100), n)
    edges = [(labels[i], labels[rng.randrange(i)], rng.randint(0, max_weight))
             for i in range(1, n)]
    return Graph.from_edges(edges, vertices=labels)


def parents_by_walking(tree, root):
    parent, depth, stack = {root: None}, {root: 0}, [root]
    while stack:
        u = stack.pop()
        for v in tree.neighbors(u):
            if v not in parent:
                parent[v], depth[v] = u, depth[u] + 1
                stack.append(v)
    return parent, depth


def naive_lca(parent, u, v):
    ancestors = set()
    while u is not None:
        ancestors.add(u)
        u = parent[u]
    while v not in ancestors:
        v = parent[v]
    return v


# -- binary lifting -------------------------------------------------------------------------------

@given(trees(), st.data())
def test_lca_and_ancestors_match_walking_up(tree, data):
    root = data.draw(st.sampled_from(tree.vertices()))
    lift = BinaryLifting(tree, root)
    parent, depth = parents_by_walking(tree, root)
    assert lift.depth == depth
    g = nx.DiGraph((parent[v], v) for v in tree if parent[v] is not None)
    for u, v in itertools.product(tree.vertices(), repeat=2):
        expected = naive_lca(parent, u, v)
        assert lift.lca(u, v) == expected
        if u != v:
            assert nx.lowest_common_ancestor(g, u, v) == expected
        assert lift.distance(u, v) == depth[u] + depth[v] - 2 * depth[expected]
    v = data.draw(st.sampled_from(tree.vertices()))
    k = data.draw(st.integers(0, len(tree) + 2))
    walked = v
    for _ in range(k):
        walked = parent[walked] if parent[walked] is not None else walked
    assert lift.ancestor(v, k) == walked


def test_non_trees_and_unknown_vertices_are_named():
    with pytest.raises(ValueError, match="not connected"):
        BinaryLifting(Graph.from_edges([(0, 1), (1, 2), (2, 0)], vertices=[3]), 0)
    with pytest.raises(KeyError, match="root 9"):
        BinaryLifting(Graph.from_edges([(0, 1)]), 9)
    with pytest.raises(KeyError, match="vertex 9"):
        BinaryLifting(Graph.from_edges([(0, 1)]), 0).lca(0, 9)
    with pytest.raises(ValueError, match="k=-1"):
        BinaryLifting(Graph.from_edges([(0, 1)]), 0).ancestor(1, -1)


def test_queries_take_logarithmically_many_jumps():
    # on a path, walking up costs O(n) per query; binary lifting at most 2 log2 n + 2 jumps
    rng = random.Random(0)
    for n in (1000, 8000, 64000):
        lift = BinaryLifting(Graph.from_edges([(i, i + 1) for i in range(n - 1)]), 0)
        levels = math.ceil(math.log2(n))
        worst = 0
        for _ in range(200):
            u, v = rng.randrange(n), rng.randrange(n)
            lift.jumps = 0
            assert lift.lca(u, v) == min(u, v)
            worst = max(worst, lift.jumps)
        assert worst <= 2 * levels + 2, (n, worst)


def test_the_table_has_n_entries_per_level_and_log_n_levels():
    for n in (100, 1000, 10000):
        path = Graph.from_edges([(i, i + 1) for i in range(n - 1)])
        lift = BinaryLifting(path, 0)
        assert len(lift._up) == (n - 1).bit_length()  # levels 2^0 .. 2^(L-1), 2^L > depth
        assert all(len(level) == n for level in lift._up)


def test_deep_tree_is_built_without_recursion(nesting):
    n = 50000
    path = Graph.from_edges([(i, i + 1) for i in range(n - 1)])
    lift, deep = nesting(BinaryLifting, path, 0)
    _, shallow = nesting(BinaryLifting, Graph.from_edges([(0, 1), (1, 2)]), 0)
    assert lift.lca(n - 1, n // 2) == n // 2 and deep <= shallow + 2


# -- tree DP --------------------------------------------------------------------------------------

@given(trees(), st.data())
def test_subtree_sizes_match_counting_descendants(tree, data):
    root = data.draw(st.sampled_from(tree.vertices()))
    parent, _ = parents_by_walking(tree, root)
    sizes = subtree_sizes(tree, root)
    for v in tree:
        below = sum(naive_lca(parent, v, u) == v for u in tree)  # u is in v's subtree
        assert sizes[v] == below
    order, _ = children_first(tree, root)
    position = {v: i for i, v in enumerate(order)}
    assert all(position[v] < position[parent[v]] for v in tree if parent[v] is not None)


@given(trees())
def test_diameter_matches_all_pairs_distances(tree):
    g = nx.Graph()
    g.add_nodes_from(tree)
    g.add_weighted_edges_from(tree.edges())
    distances = dict(nx.all_pairs_dijkstra_path_length(g))
    length, path = tree_diameter(tree)
    assert length == max(d for row in distances.values() for d in row.values())
    assert len(set(path)) == len(path)
    assert sum(tree.weight(u, v) for u, v in itertools.pairwise(path)) == length


@given(trees(max_vertices=10), st.data())
def test_independent_set_matches_brute_force(tree, data):
    weight = {v: data.draw(st.integers(-3, 10)) for v in tree}
    vertices = tree.vertices()
    best = max(
        sum(weight[v] for v in chosen)
        for r in range(len(vertices) + 1)
        for chosen in itertools.combinations(vertices, r)
        if not any(tree.has_edge(u, v) for u, v in itertools.combinations(chosen, 2))
    )
    value, chosen = max_independent_set(tree, weight)
    assert value == best == sum(weight[v] for v in chosen)
    assert not any(tree.has_edge(u, v) for u, v in itertools.combinations(chosen, 2))


def test_tree_dp_on_deep_trees_is_linear_and_does_not_recurse(nesting):
    n = 50000
    path = Graph.from_edges([(i, i + 1, 1) for i in range(n - 1)])
    (length, route), deep = nesting(tree_diameter, path)
    _, shallow = nesting(tree_diameter, Graph.from_edges([(0, 1, 1), (1, 2, 1)]))
    assert length == n - 1 and len(route) == n and deep <= shallow + 2
    value, _ = max_independent_set(path, dict.fromkeys(range(n), 1))
    assert value == n // 2
    with pytest.raises(ValueError, match="weighs -1"):
        tree_diameter(Graph.from_edges([(0, 1, -1)]))
    with pytest.raises(ValueError, match="not a tree"):
        subtree_sizes(Graph.from_edges([(0, 1), (1, 2), (2, 0)]), 0)


@pytest.mark.parametrize("function", [
    lambda tree: subtree_sizes(tree, 0),
    tree_diameter,
    lambda tree: max_independent_set(tree, dict.fromkeys(tree, 1)),
], ids=["subtree_sizes", "tree_diameter", "max_independent_set"])
def test_tree_dp_work_doubles_when_the_tree_doubles(function, lines_run):
    small, large = (lines_run(function, random_tree(n, 1)) for n in (2000, 4000))
    assert 1.9 < large / small < 2.1, large / small
