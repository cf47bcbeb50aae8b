"""Tests for missing-number: examples, edge cases, a set oracle and the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def test_example_1(sol):
    expect(sol.missing_number([3, 0, 1]), 2, nums=[3, 0, 1])


def test_example_2_missing_n(sol):
    expect(sol.missing_number([0, 1]), 2, nums=[0, 1])


def test_example_3_missing_zero(sol):
    expect(sol.missing_number([1]), 0, nums=[1])
    expect(sol.missing_number([0]), 1, nums=[0])


@given(n=st.integers(1, 40), data=st.data())
def test_matches_set_oracle(sol, n, data):
    missing = data.draw(st.integers(0, n), label="missing")
    nums = data.draw(st.permutations([v for v in range(n + 1) if v != missing]), label="nums")
    expect(sol.missing_number(list(nums)), missing, nums=nums)


def test_largest_size(sol):
    n = 200_000
    nums = [v for v in range(n, -1, -1) if v != n - 7]
    expect(sol.missing_number(list(nums)), n - 7,
           nums=f"{n}..0 counting down, without {n - 7}")
