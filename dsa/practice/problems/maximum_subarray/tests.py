"""Tests for maximum-subarray."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def best_by_all_runs(nums: list[int]) -> int:
    """Brute force: the sum of every non-empty slice, each start extended one element at a time."""
    best = nums[0]
    for i in range(len(nums)):
        total = 0
        for x in nums[i:]:
            total += x
            best = max(best, total)
    return best


def check(sol, nums, want):
    expect(sol.max_subarray(list(nums)), want, nums=nums)


def test_example_mixed(sol):
    check(sol, [4, -6, 2, 3, -1, 5, -9, 1], 9)


def test_example_all_negative(sol):
    check(sol, [-7, -3, -5], -3)


def test_example_single(sol):
    check(sol, [8], 8)


def test_single_negative(sol):
    check(sol, [-1], -1)


def test_zeros(sol):
    check(sol, [0, 0, 0], 0)


def test_whole_list(sol):
    check(sol, [3, -1, 3, -1, 3], 7)


@given(nums=st.lists(st.integers(-20, 20), min_size=1, max_size=25))
def test_matches_all_runs(sol, nums):
    got = sol.max_subarray(list(nums))
    expect(got, best_by_all_runs(nums), nums=nums)


def best_by_prefix_sums(nums: list[int]) -> int:
    """Independent O(n) oracle: best = max over j of prefix[j] minus the lowest earlier prefix."""
    prefix, lowest, best = 0, 0, nums[0]
    for x in nums:
        prefix += x
        best = max(best, prefix - lowest)
        lowest = min(lowest, prefix)
    return best


def test_largest_size(sol):
    # 100,000 values: every start-to-end pair would be ~5·10⁹ additions.
    rng = random.Random(1)
    nums = [rng.randint(-10_000, 10_000) for _ in range(100_000)]
    nums[40_000:40_100] = [10_000] * 100  # a planted block worth 1,000,000
    check(sol, nums, best_by_prefix_sums(nums))


def test_largest_all_negative(sol):
    nums = [-10_000 + (i % 7) for i in range(100_000)]
    check(sol, nums, -9_994)


def test_input_unchanged(sol):
    nums = [4, -6, 2, 3, -1, 5, -9, 1]
    expect(sol.max_subarray(nums), 9, nums=[4, -6, 2, 3, -1, 5, -9, 1])
    expect(nums, [4, -6, 2, 3, -1, 5, -9, 1], nums="[4, -6, 2, 3, -1, 5, -9, 1], after the call")
