"""Tests for kth-largest-element: examples, edges, a sorting oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _check(sol, nums, k, want=None):
    if want is None:
        want = sorted(nums, reverse=True)[k - 1]
    copy = list(nums)
    got = sol.kth_largest(copy, k)
    expect_true(type(got) is int, f"expected an int, got {type(got).__name__}", nums=nums, k=k)
    expect(got, want, nums=nums, k=k)
    expect_true(copy == nums, f"nums was modified: it became {copy[:20]}", nums=nums, k=k)


def test_example_1(sol):
    _check(sol, [4, 9, 1, 7, 3], 2, 7)


def test_example_2(sol):
    _check(sol, [2, 8, 8, -3, 8], 3, 8)


def test_single_element(sol):
    _check(sol, [-6], 1, -6)


def test_k_equals_length_is_the_minimum(sol):
    _check(sol, [3, -1, 2, 2, 10], 5, -1)


def test_duplicates(sol):
    _check(sol, [5, 5, 1], 2, 5)
    _check(sol, [1, 1, 1, 1], 4, 1)


@given(nums=st.lists(st.integers(-50, 50), min_size=1, max_size=40), data=st.data())
def test_matches_sorting(sol, nums, data):
    k = data.draw(st.integers(1, len(nums)), label="k")
    _check(sol, nums, k)


def test_largest_size(sol):
    # n = 100,000 and k = 50,000: O(n log k) is fast; removing the maximum k times is ~5·10^9 steps.
    rng = random.Random(100)
    nums = [rng.randint(-10**9, 10**9) for _ in range(100_000)]
    k = 50_000
    _check(sol, nums, k)


def test_largest_extremes(sol):
    # 200,000 values from -10**9 to 10**9; k = 1 is the top, k = n the very bottom, below any
    # sentinel such as -10**6 that a heap might be filled with.
    rng = random.Random(200)
    nums = [rng.randint(-10**9, 10**9) for _ in range(199_998)] + [10**9, -10**9]
    rng.shuffle(nums)
    _check(sol, nums, 1, 10**9)
    _check(sol, nums, 200_000, -10**9)
    _check(sol, [-10**9] * 5 + [-999_999_999], 3, -10**9)
