"""Tests for subsets: examples, edges, an itertools oracle, and the largest size."""

from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _normalise(result):
    return sorted(sorted(subset) for subset in result)


def _check(sol, nums):
    got = sol.subsets(list(nums))
    expect_true(isinstance(got, list) and all(isinstance(s, list) for s in got),
                "return a list of lists", nums=nums)
    want = [list(c) for r in range(len(nums) + 1) for c in combinations(nums, r)]
    expect(_normalise(got), _normalise(want), nums=nums)


def test_example_1(sol):
    got = sol.subsets([4, -2])
    expect(_normalise(got), [[], [-2], [-2, 4], [4]], nums=[4, -2])


def test_single_value(sol):
    expect(_normalise(sol.subsets([7])), [[], [7]], nums=[7])


def test_empty(sol):
    expect(sol.subsets([]), [[]], nums=[])


def test_three_values(sol):
    _check(sol, [1, 2, 3])


@given(nums=st.lists(st.integers(-100, 100), unique=True, max_size=8))
def test_matches_itertools(sol, nums):
    _check(sol, nums)


def test_largest_size(sol):
    nums = list(range(-7, 7))
    got = sol.subsets(list(nums))
    expect(len(got), 2**14, nums=nums, checked="number of subsets")
    expect(len({tuple(sorted(s)) for s in got}), 2**14, nums=nums, checked="distinct subsets")
    expect_true(all(set(s) <= set(nums) for s in got), "a subset holds a value not in nums",
                nums=nums)


def test_extreme_values_input_unchanged(sol):
    nums = [100, -100, 3, -5]
    _check(sol, nums)
    original = list(nums)
    sol.subsets(nums)
    expect(nums, original, nums="[100, -100, 3, -5], after the call")
