"""Tests for smallest-congruence-solution: the examples, a, b, m at their edges, a try-every-x
oracle for small m, and 10,000 queries at 10¹⁸ checked with math.gcd and pow."""

import random
from math import gcd

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

TOP = 10**18


def _try_every_x(a, b, m):
    return next((x for x in range(m) if (a * x - b) % m == 0), -1)


def _by_inverse(a, b, m):
    g = gcd(a, m)
    if b % g:
        return -1
    step = m // g
    return (b // g) * pow(a // g, -1, step) % step if step > 1 else 0


def check(sol, queries, want, shown=None):
    got = sol.smallest_solutions([q[:] for q in queries])
    expect(got, want, queries=shown or queries)


def test_example_1(sol):
    check(sol, [[3, 4, 7], [6, 8, 10], [4, 3, 6], [0, 0, 5]], [6, 3, -1, 0])


def test_example_2(sol):
    check(sol, [[5, 12, 1], [10, 25, 15], [0, 3, 9]], [0, 1, -1])


def test_edges(sol):
    queries = [[0, 0, 1], [TOP, TOP, TOP], [TOP, 0, 1], [1, TOP, TOP - 1], [TOP - 1, 1, TOP],
               [2, 1, TOP], [3, 1, TOP], [TOP, 5, 7], [6, 4, 9], [12, 18, 30]]
    check(sol, queries, [_by_inverse(*q) for q in queries])


@given(queries=st.lists(st.tuples(st.integers(0, 60) | st.integers(0, TOP),
                                  st.integers(0, 60) | st.integers(0, TOP), st.integers(1, 60)),
                        min_size=1, max_size=20))
def test_matches_trying_every_x(sol, queries):
    queries = [list(q) for q in queries]
    check(sol, queries, [_try_every_x(*q) for q in queries])


def test_largest_size(sol):
    rng = random.Random(18)
    queries = []
    for _ in range(10_000):
        g = rng.choice((1, 2, 6, 2**30, rng.randint(1, 10**6)))
        m = g * rng.randint(1, TOP // g)
        a = g * rng.randint(0, TOP // g)
        b = rng.choice((g * rng.randint(0, TOP // g), rng.randint(0, TOP)))
        queries.append([a, b, m])
    queries[0], queries[1] = [0, 0, 1], [TOP, TOP, TOP]
    check(sol, queries, [_by_inverse(*q) for q in queries],
          shown="10,000 queries with a, b, m up to 10**18 and shared factors")
