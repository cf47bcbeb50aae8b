"""Tests for reverse-bits: examples, edge cases and a string oracle."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def oracle(n):
    return int(format(n, "032b")[::-1], 2)


def test_example_1(sol):
    expect(sol.reverse_bits(1), 2**31, n=1)


def test_example_2(sol):
    expect(sol.reverse_bits(43261596), 964176192, n=43261596)


def test_example_3_all_ones(sol):
    expect(sol.reverse_bits(2**32 - 1), 2**32 - 1, n=2**32 - 1)


def test_zero_and_top_bit(sol):
    expect(sol.reverse_bits(0), 0, n=0)
    expect(sol.reverse_bits(2**31), 1, n=2**31)


def test_reversing_twice_gives_back_n(sol):
    for n in (6, 2**16, 123456789):
        expect(sol.reverse_bits(sol.reverse_bits(n)), n, n=n)


@given(n=st.integers(0, 2**32 - 1))
def test_matches_string_oracle(sol, n):
    expect(sol.reverse_bits(n), oracle(n), n=n)
