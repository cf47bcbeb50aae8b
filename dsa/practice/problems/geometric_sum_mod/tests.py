"""Tests for geometric-sum-mod: the examples, a, k and m at their edges, a term-by-term oracle
for small k, and 10,000 queries at 10¹⁸ checked by halving k (a method the reference does not
use)."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

TOP = 10**18


def _term_by_term(a, k, m):
    total, term = 0, 1 % m
    for _ in range(k):
        total, term = (total + term) % m, term * a % m
    return total


def _by_halving(a, k, m):
    """S(k) mod m from the bits of k: S(2j) = S(j)(1 + a^j), S(j + 1) = 1 + a·S(j)."""
    s, p = 0, 1 % m  # S(0) and a^0
    for bit in bin(k)[2:]:
        s, p = s * (1 + p) % m, p * p % m
        if bit == "1":
            s, p = (1 + a * s) % m, p * a % m
    return s


def check(sol, queries, want, shown=None):
    got = sol.series_sums([q[:] for q in queries])
    expect(got, want, queries=shown or queries)


def test_example_1(sol):
    check(sol, [[2, 4, 100], [3, 3, 5], [1, 10, 7]], [15, 3, 3])


def test_example_2_no_inverse(sol):
    check(sol, [[4, 3, 9], [0, 5, 10], [5, 1, 1]], [3, 1, 0])


def test_edges(sol):
    queries = [[0, 1, 1], [0, 1, 2], [1, TOP, TOP], [1, TOP, 7], [TOP, 1, TOP], [TOP, 2, TOP],
               [0, TOP, TOP], [TOP + 0, TOP, 1], [7, 2, 8], [9, 3, 8], [10, 6, 99_999]]
    check(sol, queries, [_by_halving(*q) for q in queries])


@given(queries=st.lists(st.tuples(st.integers(0, TOP) | st.integers(0, 30), st.integers(1, 40),
                                  st.integers(1, TOP) | st.integers(1, 50)),
                        min_size=1, max_size=20))
def test_matches_term_by_term(sol, queries):
    queries = [list(q) for q in queries]
    check(sol, queries, [_term_by_term(*q) for q in queries])


def test_largest_size(sol):
    rng = random.Random(17)
    queries = []
    for _ in range(10_000):
        m = rng.choice((rng.randint(1, TOP), rng.randint(1, 1000), 2**59, 3**37))
        a = rng.choice((rng.randint(0, TOP), rng.randint(0, 5), m + 1, 2**rng.randint(0, 59)))
        queries.append([min(a, TOP), rng.choice((TOP, rng.randint(1, TOP))), m])
    queries[0], queries[1] = [0, 1, 1], [TOP, TOP, TOP]
    check(sol, queries, [_by_halving(*q) for q in queries],
          shown="10,000 queries with a, k, m up to 10**18")
