"""Tests for equal-and-unequal: the examples, self-facts, an oracle that tries every way to
colour small sets of unknowns, and chains of 100,000 equal facts."""

from itertools import product

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 100_000


def _try_all_values(n, facts):
    # n distinct values are always enough: try every assignment of values 0..n-1.
    return any(all((v[a] == v[b]) == bool(same) for a, b, same in facts)
               for v in product(range(n), repeat=n))


def check(sol, n, facts, want=None, shown=None):
    if want is None:
        want = _try_all_values(n, facts)
    got = sol.can_all_hold(n, [f[:] for f in facts])
    expect(got, want, n=n, facts=shown or facts)


def test_example_1(sol):
    check(sol, 3, [[0, 1, 1], [1, 2, 1], [0, 2, 0]], False)


def test_example_2(sol):
    check(sol, 3, [[0, 1, 0], [1, 2, 1]], True)


def test_example_3_self(sol):
    check(sol, 2, [[1, 1, 0]], False)
    check(sol, 2, [[1, 1, 1]], True)
    check(sol, 1, [[0, 0, 1], [0, 0, 1]], True)


def test_example_4_contradiction_shows_late(sol):
    check(sol, 4, [[0, 3, 0], [0, 1, 1], [1, 2, 1], [2, 3, 1]], False)


@given(n=st.integers(1, 5), data=st.data())
def test_matches_trying_all_values(sol, n, data):
    facts = data.draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1),
                                         st.integers(0, 1)), min_size=1, max_size=10))
    check(sol, n, [list(f) for f in facts])


def test_chain_then_contradiction(sol):
    # x1 == x0, x2 == x1, … (each new unknown joins through the previous one), after a fact
    # that the ends differ. 30,000 unknowns: the largest size is reached in the next test.
    n = 30_000
    facts = [[0, n - 1, 0], *([i, i - 1, 1] for i in range(1, n))]
    check(sol, n, facts, False, shown="[[0, 29999, 0], [1, 0, 1], [2, 1, 1], …, [29999, 29998, 1]]")


def test_largest_size_chain_and_star_consistent(sol):
    # Even unknowns chained, odd ones each joined to x1 (written [1, i, 1], so an unbalanced
    # union hangs the old root under i and the chain of parents above x1 grows every time),
    # and two facts keeping the groups apart: 49,999 + 49,999 + 2 facts.
    facts = [[i, i - 2, 1] for i in range(2, N, 2)]
    facts += [[1, i, 1] for i in range(3, N, 2)]
    facts += [[0, 1, 0], [N - 1, N - 2, 0]]
    check(sol, N, facts, True, shown="evens chained, odds joined to 1, evens ≠ odds")
