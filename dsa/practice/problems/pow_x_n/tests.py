"""Tests for pow-x-n."""

import math

from hypothesis import assume, given
from hypothesis import strategies as st

from practice.checking import expect_true


def close(got, want: float) -> bool:
    return math.isclose(got, want, rel_tol=1e-6, abs_tol=1e-12)


def check(sol, x, n, want):
    got = sol.my_pow(x, n)
    expect_true(type(got) is float, f"expected a float, got {type(got).__name__} {got!r}",
                x=x, n=n)
    expect_true(close(got, want), f"expected about {want!r}, got {got!r}", x=x, n=n)


def test_example_cube_like(sol):
    check(sol, 3.0, 5, 243.0)


def test_example_negative_power(sol):
    check(sol, 2.0, -3, 0.125)


def test_example_huge_odd_power(sol):
    check(sol, -1.0, 2**31 - 1, -1.0)


def test_zero_power(sol):
    check(sol, -7.5, 0, 1.0)
    check(sol, 0.0, 0, 1.0)


def test_power_one(sol):
    check(sol, 42.25, 1, 42.25)


def test_zero_base(sol):
    check(sol, 0.0, 9, 0.0)


def test_negative_base_even_and_odd(sol):
    check(sol, -2.0, 4, 16.0)
    check(sol, -2.0, 3, -8.0)
    check(sol, -2.0, -3, -0.125)


def test_fraction_base(sol):
    check(sol, 0.5, 10, 1 / 1024)


@given(x=st.floats(-3.0, 3.0, allow_nan=False), n=st.integers(-30, 30))
def test_matches_builtin_pow(sol, x, n):
    assume(abs(x) > 1e-3 or n >= 0)
    want = x ** n
    assume(abs(want) <= 1e4)
    check(sol, x, n, want)


def test_largest_exponent(sol):
    # About 2·10⁹ multiplications one at a time; 31 squarings by halving.
    check(sol, 1.0000000005, 2**31 - 1, 1.0000000005 ** (2**31 - 1))


def test_most_negative_exponent(sol):
    check(sol, 1.0000000001, -(2**31), 1.0000000001 ** -(2**31))


def test_extreme_bases(sol):
    check(sol, 99.9, 2, 99.9 * 99.9)
    check(sol, -99.9, 1, -99.9)
    check(sol, -99.9, -3, 1 / (-99.9 * 99.9 * 99.9))
    check(sol, 99.9, 0, 1.0)
