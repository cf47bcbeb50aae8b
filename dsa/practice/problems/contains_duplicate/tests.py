"""Tests for contains-duplicate: examples, edge cases, a set oracle and the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def check(sol, nums):
    expect(sol.contains_duplicate(list(nums)), len(set(nums)) < len(nums), nums=nums)


def test_example_1(sol):
    expect(sol.contains_duplicate([1, 2, 3, 1]), True, nums=[1, 2, 3, 1])


def test_example_2(sol):
    expect(sol.contains_duplicate([1, 2, 3, 4]), False, nums=[1, 2, 3, 4])


def test_empty_and_single(sol):
    expect(sol.contains_duplicate([]), False, nums=[])
    expect(sol.contains_duplicate([7]), False, nums=[7])


def test_repeat_far_apart(sol):
    check(sol, [5, -1, 3, 9, -1])
    check(sol, [-2, 0, -2])


@given(nums=st.lists(st.integers(-10, 10), max_size=20))
def test_matches_set_oracle(sol, nums):
    check(sol, nums)


@given(nums=st.lists(st.integers(-10**9, 10**9), max_size=20))
def test_matches_set_oracle_full_range(sol, nums):
    check(sol, nums)


def test_extreme_values(sol):
    check(sol, [-10**9, 10**9])
    check(sol, [10**9, 0, -10**9, 10**9])
    check(sol, [-10**9, 5, -10**9])
    # equal modulo every small power of ten, yet distinct
    check(sol, [7, 7 + 10**6, 7 - 10**8, 7 + 10**9 - 7])


def test_largest_size(sol):
    n = 200_000
    nums = [(i * 7919) % n for i in range(n)]  # a permutation of 0..n-1: all distinct
    expect(sol.contains_duplicate(list(nums)), False, nums=f"{n} distinct values")
    nums[-1] = nums[0]
    expect(sol.contains_duplicate(list(nums)), True,
           nums=f"{n} values, the last a copy of the first")


def test_largest_size_spread_values(sol):
    # 200,000 distinct values spread over the whole range, both ends included
    n = 200_000
    step = 2 * 10**9 // (n - 1)
    nums = [-10**9 + i * step for i in range(n - 1)] + [10**9]
    expect(sol.contains_duplicate(list(nums)), False, nums=f"{n} distinct values in ±10**9")
    nums[n // 2] = -10**9
    expect(sol.contains_duplicate(list(nums)), True,
           nums=f"{n} values in ±10**9, -10**9 twice")
