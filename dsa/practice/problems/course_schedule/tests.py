"""Tests for course-schedule: examples, edges, a transitive-closure oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def _acyclic_by_closure(n, prerequisites):
    # Warshall's transitive closure: a cycle exists iff some course reaches itself.
    reach = [[False] * n for _ in range(n)]
    for a, b in prerequisites:
        reach[b][a] = True
    for k in range(n):
        for i in range(n):
            if reach[i][k]:
                for j in range(n):
                    if reach[k][j]:
                        reach[i][j] = True
    return not any(reach[i][i] for i in range(n))


def _check(sol, n, prerequisites, want=None):
    if want is None:
        want = _acyclic_by_closure(n, prerequisites)
    expect(sol.can_finish(n, [p[:] for p in prerequisites]), want, num_courses=n,
           prerequisites=prerequisites)


def test_example_1_diamond(sol):
    _check(sol, 4, [[1, 0], [2, 0], [3, 1], [3, 2]], True)


def test_example_2_three_cycle(sol):
    _check(sol, 3, [[0, 1], [1, 2], [2, 0]], False)


def test_example_3_no_prerequisites(sol):
    _check(sol, 2, [], True)


def test_single_course(sol):
    _check(sol, 1, [], True)


def test_course_needs_itself(sol):
    _check(sol, 2, [[1, 1]], False)


def test_repeated_pair(sol):
    _check(sol, 2, [[1, 0], [1, 0]], True)


def test_cycle_apart_from_free_courses(sol):
    _check(sol, 6, [[1, 0], [3, 2], [4, 3], [2, 4], [5, 1]], False)


@given(n=st.integers(1, 7), data=st.data())
def test_matches_transitive_closure(sol, n, data):
    pair = st.lists(st.integers(0, n - 1), min_size=2, max_size=2)
    prerequisites = data.draw(st.lists(pair, max_size=10), label="prerequisites")
    _check(sol, n, prerequisites)


def test_largest_size(sol):
    # A chain of 20,000 courses in shuffled order: far deeper than Python's recursion limit.
    rng = random.Random(100)
    order = list(range(20_000))
    rng.shuffle(order)
    chain = [[order[i + 1], order[i]] for i in range(19_999)]
    _check(sol, 20_000, chain, True)
    _check(sol, 20_000, [*chain, [order[0], order[-1]]], False)


def test_largest_chain(sol):
    # 100,000 courses in one shuffled chain, plus one repeated pair: 100,000 prerequisites.
    n = 100_000
    rng = random.Random(7)
    order = list(range(n))
    rng.shuffle(order)
    chain = [[order[i + 1], order[i]] for i in range(n - 1)]
    _check(sol, n, [*chain, chain[n // 2]], True)


def test_largest_wide(sol):
    # Course 99,999 needs every other course: 99,999 courses are ready at once.
    n = 100_000
    _check(sol, n, [[n - 1, i] for i in range(n - 1)], True)
    _check(sol, 1_000, [*[[999, i] for i in range(998)], [0, 999]], False)
