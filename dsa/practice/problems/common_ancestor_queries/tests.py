"""Tests for common-ancestor-queries: examples, labels that hide depth, an ancestor-set oracle on
random trees, and a path 100,000 deep with 100,000 queries."""

import itertools
import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 100_000


def _brute(parent, queries):
    def chain(v):
        path = []
        while v != -1:
            path.append(v)
            v = parent[v]
        return path

    answers = []
    for u, v in queries:
        above_u = set(chain(u))
        answers.append(next(w for w in chain(v) if w in above_u))
    return answers


def check(sol, parent, queries, want=None, shown=None):
    if want is None:
        want = _brute(parent, queries)
    expect(sol.lowest_common_ancestors(list(parent), [q[:] for q in queries]), want,
           parent=shown or parent, queries=shown or queries)


def test_example_1(sol):
    check(sol, [-1, 0, 0, 1, 1, 2], [[3, 4], [3, 5], [4, 1], [2, 2]], [1, 0, 1, 2])


def test_example_2_path_with_shuffled_labels(sol):
    check(sol, [-1, 2, 3, 0], [[1, 3], [1, 2]], [3, 2])


def test_example_3_single_node(sol):
    check(sol, [-1], [[0, 0]], [0])


def test_ancestor_and_root_queries(sol):
    parent = [-1, 0, 1, 2, 1, 4]
    check(sol, parent, [[0, 5], [5, 0], [3, 5], [5, 3], [2, 3], [4, 4]])


def test_parents_with_larger_labels(sol):
    # 0 ← 5 ← 4 ← 3 and 5 ← 2 ← 1: depths are not in label order.
    check(sol, [-1, 2, 5, 4, 5, 0], [[3, 1], [1, 4], [2, 3], [3, 3], [0, 1]], [5, 5, 5, 3, 0])


@st.composite
def trees(draw):
    n = draw(st.integers(1, 14))
    order = [0, *draw(st.permutations(range(1, n)))]
    parent = [-1] * n
    for i in range(1, n):
        parent[order[i]] = order[draw(st.integers(0, i - 1))]
    node = st.integers(0, n - 1)
    queries = draw(st.lists(st.lists(node, min_size=2, max_size=2), min_size=1, max_size=8))
    return parent, queries


@given(case=trees())
def test_matches_ancestor_sets(sol, case):
    check(sol, *case)


def _deep_path(rng):
    """A path of all N nodes from root 0, with labels shuffled; returns parent and the order."""
    order = [0, *rng.sample(range(1, N), N - 1)]
    parent = [-1] * N
    for above, below in itertools.pairwise(order):
        parent[below] = above
    return parent, order


def test_largest_deep_path(sol):
    # On a path the answer is the shallower node; depth gaps up to 99,999 need 17 jump sizes.
    rng = random.Random(17)
    parent, order = _deep_path(rng)
    position = {v: i for i, v in enumerate(order)}
    queries = [[order[-1], order[1]], [order[-1], 0], [N - 1, 0]]
    while len(queries) < N:
        queries.append([order[rng.randrange(N - 500, N)], order[rng.randrange(0, N)]])
    want = [min(u, v, key=position.__getitem__) for u, v in queries]
    check(sol, parent, queries, want, shown=f"a path of {N} nodes, shuffled labels")


def test_largest_two_deep_branches(sol):
    # Root 0, then a path 1..9, then two branches of ~50,000 each: every query pairs the two
    # deep ends, so lifting both nodes together is exercised; the answer is always node 9.
    half = (N - 10) // 2
    parent = [-1, *list(range(0, 9))]
    parent += [9, *list(range(10, 10 + half - 1))]
    parent += [9, *list(range(10 + half, N - 1))]
    rng = random.Random(2)
    queries = [[rng.randrange(10 + half - 200, 10 + half), rng.randrange(N - 200, N)]
               for _ in range(N)]
    queries[0] = [10 + half - 1, N - 1]  # the two deepest nodes
    check(sol, parent, queries, [9] * N, shown=f"two branches of {half} below a path of 10")
