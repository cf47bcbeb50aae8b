"""Tests for counting-bits: examples, edge cases, a bin() oracle and the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def oracle(n):
    return [bin(i).count("1") for i in range(n + 1)]


def test_example_1(sol):
    expect(sol.count_bits(2), [0, 1, 1], n=2)


def test_example_2(sol):
    expect(sol.count_bits(5), [0, 1, 1, 2, 1, 2], n=5)


def test_zero(sol):
    expect(sol.count_bits(0), [0], n=0)


def test_powers_of_two(sol):
    expect(sol.count_bits(16), oracle(16), n=16)


@given(n=st.integers(0, 300))
def test_matches_bin_oracle(sol, n):
    expect(sol.count_bits(n), oracle(n), n=n)


def test_largest_size(sol):
    n = 200_000
    expect(sol.count_bits(n), oracle(n), n=n)


def test_past_sixteen_bits(sol):
    n = 70_000
    got = sol.count_bits(n)
    expect(got[65_535:], oracle(n)[65_535:], n=n)
