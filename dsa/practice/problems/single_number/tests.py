"""Tests for single-number: examples, edge cases, a counting oracle and the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def test_example_1(sol):
    expect(sol.single_number([4, 1, 2, 1, 2]), 4, nums=[4, 1, 2, 1, 2])


def test_example_2_one_value(sol):
    expect(sol.single_number([7]), 7, nums=[7])


def test_example_3_negative(sol):
    expect(sol.single_number([-3, 5, 5]), -3, nums=[-3, 5, 5])


def test_single_is_the_largest(sol):
    expect(sol.single_number([1, 1, 2, 2, 9]), 9, nums=[1, 1, 2, 2, 9])


def test_zero_and_extremes(sol):
    nums = [2**31 - 1, 0, -(2**31), 2**31 - 1, -(2**31)]
    expect(sol.single_number(list(nums)), 0, nums=nums)


@given(pairs=st.lists(st.integers(-50, 50), unique=True, max_size=10),
       single=st.integers(-50, 50), data=st.data())
def test_matches_counting_oracle(sol, pairs, single, data):
    pairs = [v for v in pairs if v != single]
    nums = data.draw(st.permutations([*pairs, *pairs, single]), label="nums")
    expect(sol.single_number(list(nums)), single, nums=nums)


def test_largest_size(sol):
    n = 100_000
    nums = list(range(n)) + list(range(n - 1, -1, -1))
    nums.append(-12345)
    expect(sol.single_number(list(nums)), -12345,
           nums=f"0..{n - 1}, then the same values backwards, then -12345")
