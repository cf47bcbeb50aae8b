"""Tests for permutations: examples, edges, an itertools oracle, and the largest size."""

from itertools import permutations

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _check(sol, nums):
    got = sol.permute(list(nums))
    expect_true(isinstance(got, list) and all(isinstance(p, list) for p in got),
                "return a list of lists", nums=nums)
    expect(sorted(got), sorted(list(p) for p in permutations(nums)), nums=nums)


def test_example_1(sol):
    _check(sol, [0, 5, -1])


def test_single_value(sol):
    expect(sol.permute([8]), [[8]], nums=[8])


def test_empty(sol):
    expect(sol.permute([]), [[]], nums=[])


def test_two_values(sol):
    expect(sorted(sol.permute([2, 1])), [[1, 2], [2, 1]], nums=[2, 1])


@given(nums=st.lists(st.integers(-10, 10), unique=True, max_size=5))
def test_matches_itertools(sol, nums):
    _check(sol, nums)


def test_largest_size(sol):
    nums = [3, -1, 4, 10, 5, -9, 2, 6]
    got = sol.permute(list(nums))
    expect(len(got), 40_320, nums=nums, checked="number of orderings")
    expect(len(set(map(tuple, got))), 40_320, nums=nums, checked="distinct orderings")
    expect_true(all(sorted(p) == sorted(nums) for p in got[:: 97]),
                "an ordering does not use every value exactly once", nums=nums)


def test_extreme_values_input_unchanged(sol):
    nums = [10, -10, 0, 7]
    _check(sol, nums)
    original = list(nums)
    sol.permute(nums)
    expect(nums, original, nums="[10, -10, 0, 7], after the call")
