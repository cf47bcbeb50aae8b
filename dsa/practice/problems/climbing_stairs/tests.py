"""Tests for climbing-stairs."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def count_by_enumeration(n: int) -> int:
    """Brute force: try every move from every position."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    return count_by_enumeration(n - 1) + count_by_enumeration(n - 2)


def test_example_three_stairs(sol):
    expect(sol.climb_stairs(3), 3, n=3)


def test_example_five_stairs(sol):
    expect(sol.climb_stairs(5), 8, n=5)


def test_one_stair(sol):
    expect(sol.climb_stairs(1), 1, n=1)


def test_two_stairs(sol):
    expect(sol.climb_stairs(2), 2, n=2)


def test_no_stairs_is_one_way(sol):
    expect(sol.climb_stairs(0), 1, n=0)


@given(n=st.integers(0, 18))
def test_matches_enumeration(sol, n):
    expect(sol.climb_stairs(n), count_by_enumeration(n), n=n)


def test_largest_n(sol):
    # Fibonacci(91); a recursion without a cache makes about 10**19 calls here.
    expect(sol.climb_stairs(90), 4660046610375530309, n=90)


def test_beyond_forty_five_stairs(sol):
    expect(sol.climb_stairs(46), 2971215073, n=46)
    expect(sol.climb_stairs(80), 37889062373143906, n=80)
