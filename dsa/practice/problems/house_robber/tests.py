"""Tests for house-robber."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def best_by_subsets(nums: list[int]) -> int:
    """Brute force: the largest sum over every subset of indices with no two adjacent."""
    n, best = len(nums), 0
    for mask in range(1 << n):
        if mask & (mask >> 1) == 0:
            best = max(best, sum(nums[i] for i in range(n) if mask >> i & 1))
    return best


def best_by_pairs(nums: list[int]) -> int:
    """Independent O(n) oracle: best total when the last house is taken, and when it is not."""
    taken, free = float("-inf"), 0
    for money in nums:
        taken, free = free + money, max(taken, free)
    return max(taken, free)


def check(sol, nums, want):
    expect(sol.rob(list(nums)), want, nums=nums)


def test_example_ends(sol):
    check(sol, [2, 1, 1, 2], 4)


def test_example_richest_is_a_trap(sol):
    check(sol, [3, 4, 3], 6)


def test_example_empty(sol):
    check(sol, [], 0)


def test_single_house(sol):
    check(sol, [7], 7)


def test_two_houses(sol):
    check(sol, [5, 9], 9)


def test_all_zero(sol):
    check(sol, [0, 0, 0, 0], 0)


@given(nums=st.lists(st.integers(0, 30), max_size=14))
def test_matches_subsets(sol, nums):
    got = sol.rob(list(nums))
    expect(got, best_by_subsets(nums), nums=nums)


def test_forty_houses(sol):
    # Trying rob/skip at every house without a cache makes about 1.6**40 ≈ 10**8 calls.
    nums = [(7 * i) % 11 for i in range(40)]
    check(sol, nums, best_by_pairs(nums))


def test_largest_street(sol):
    rng = random.Random(11)
    nums = [rng.randint(0, 10_000) for _ in range(100_000)]
    check(sol, nums, best_by_pairs(nums))



def test_input_unchanged(sol):
    nums = [2, 7, 9, 3, 1]
    expect(sol.rob(nums), 12, nums=[2, 7, 9, 3, 1])
    expect(nums, [2, 7, 9, 3, 1], nums="[2, 7, 9, 3, 1], after the call")


def test_largest_street_richest_houses(sol):
    nums = [10_000, 0] * 50_000
    check(sol, nums, 500_000_000)
    nums = [10_000] * 100_000
    check(sol, nums, 500_000_000)
