"""Bipartite matching (flow and Hopcroft–Karp) against networkx; pairs checked to be a matching."""

import math
import random

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.graphs.bipartite_matching import _hopcroft_karp, hopcroft_karp, matching_by_flow
from dsa.structures.graph import Graph

SOLVERS = [hopcroft_karp, matching_by_flow]


@st.composite
def bipartite_graphs(draw, max_side=7):
    a = draw(st.integers(0, max_side))
    b = draw(st.integers(0, max_side))
    pairs = draw(st.lists(st.tuples(st.integers(0, max(a - 1, 0)), st.integers(0, max(b - 1, 0))),
                          max_size=25)) if a and b else []
    left = [("L", i) for i in range(a)]
    graph = Graph.from_edges([(("L", i), ("R", j)) for i, j in pairs],
                             vertices=left + [("R", j) for j in range(b)])
    return graph, set(left)


def nx_size(graph, left):
    g = nx.Graph()
    g.add_nodes_from(graph)
    g.add_edges_from((u, v) for u, v, _ in graph.edges())
    return len(nx.bipartite.maximum_matching(g, top_nodes=left)) // 2


@pytest.mark.parametrize("solve", SOLVERS)
@given(bipartite_graphs())
def test_matching_is_maximum_and_valid(solve, case):
    graph, left = case
    pairs = solve(graph, left)
    assert len(pairs) == nx_size(graph, left)
    assert set(pairs) <= left and len(set(pairs.values())) == len(pairs)
    assert all(graph.has_edge(u, v) for u, v in pairs.items())


def test_bad_sides_are_named():
    g = Graph.from_edges([(1, 2), (2, 3)])
    with pytest.raises(ValueError, match="edge 2 - 3 joins two right vertices"):
        hopcroft_karp(g, {1})
    with pytest.raises(KeyError, match="left vertex 9"):
        matching_by_flow(g, {9})
    with pytest.raises(ValueError, match="undirected"):
        hopcroft_karp(Graph(directed=True), set())


def test_rounds_grow_like_the_square_root():
    rng = random.Random(11)
    for side in (100, 400, 1600):
        edges = [(("L", i), ("R", rng.randrange(side))) for i in range(side) for _ in range(2)]
        left = {("L", i) for i in range(side)}
        graph = Graph.from_edges(edges, vertices=sorted(left))
        pairs, rounds = _hopcroft_karp(graph, left)
        assert len(pairs) == nx_size(graph, left)
        assert rounds <= 2 * math.sqrt(len(graph)) + 2, rounds


def test_work_grows_no_faster_than_e_root_v(lines_run):
    # O(E sqrt V): doubling a graph of fixed average degree may cost at most 2 sqrt 2 ≈ 2.83
    # times the work (random graphs need few rounds, so it is close to 2 in practice)
    def graph(side, seed=5):
        rng = random.Random(seed)
        edges = [(("L", i), ("R", rng.randrange(side))) for i in range(side) for _ in range(3)]
        return Graph.from_edges(edges), {("L", i) for i in range(side)}

    small, large = (lines_run(hopcroft_karp, *graph(side)) for side in (2000, 4000))
    assert large / small < 2 * math.sqrt(2), large / small
    assert large / small > 1.8


def test_long_augmenting_path_does_not_recurse(nesting):
    # The path L0 - R0 - L1 - R1 - ... - Ln - Rn. Each Li (i >= 1) lists R(i-1) first and L0
    # comes last, so the first round matches Li - R(i-1) and leaves L0 and Rn free: the second
    # round must walk one augmenting path through all 2n + 2 vertices.
    n = 5000
    edges = [(("L", i), ("R", i - 1)) for i in range(1, n + 1)]
    edges += [(("L", i), ("R", i)) for i in range(n + 1)]
    order = [("L", i) for i in range(1, n + 1)] + [("L", 0)]
    graph = Graph.from_edges(edges, vertices=order)
    (pairs, rounds), deep = nesting(_hopcroft_karp, graph, set(order))
    assert len(pairs) == n + 1 and rounds == 2
    small = Graph.from_edges([(("L", 0), ("R", 0)), (("L", 1), ("R", 0))])
    _, shallow = nesting(_hopcroft_karp, small, {("L", 0), ("L", 1)})
    assert deep <= shallow + 2
