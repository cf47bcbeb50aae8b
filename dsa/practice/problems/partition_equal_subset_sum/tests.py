"""Tests for partition-equal-subset-sum."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def splits_by_enumeration(nums: list[int]) -> bool:
    """Brute force: try every assignment of the numbers to the two groups."""
    n, total = len(nums), sum(nums)
    return any(2 * sum(nums[i] for i in range(n) if mask >> i & 1) == total
               for mask in range(1 << n))


def splits_by_sum_sets(nums: list[int]) -> bool:
    """Oracle for larger inputs: the set of all subset sums, grown one number at a time."""
    sums = {0}
    for x in nums:
        sums |= {s + x for s in sums}
    return sum(nums) % 2 == 0 and sum(nums) // 2 in sums


def check(sol, nums, want):
    expect(sol.can_partition(list(nums)), want, nums=nums)


def test_example_threes_and_twos(sol):
    check(sol, [3, 3, 2, 2, 2], True)


def test_example_no_reuse(sol):
    check(sol, [1, 2, 5], False)


def test_example_pair(sol):
    check(sol, [4, 4], True)


def test_single_number(sol):
    check(sol, [6], False)


def test_odd_total(sol):
    check(sol, [1, 2], False)


def test_one_number_is_half(sol):
    check(sol, [5, 1, 1, 1, 1, 1], True)


@given(nums=st.lists(st.integers(1, 12), min_size=1, max_size=12))
def test_matches_enumeration(sol, nums):
    got = sol.can_partition(list(nums))
    expect(got, splits_by_enumeration(nums), nums=nums)


def test_largest_impossible(sol):
    # Every number is even but half the total is odd: trying subsets one by one would face 2**200.
    nums = [100] * 199 + [2]
    check(sol, nums, False)


def test_largest_random(sol):
    rng = random.Random(9)
    for _ in range(3):
        nums = [rng.randint(1, 100) for _ in range(200)]
        check(sol, nums, splits_by_sum_sets(nums))


def test_largest_total(sol):
    check(sol, [100] * 200, True)
    check(sol, [100] * 199 + [1], False)
    check(sol, [1] + [100] * 198 + [1], True)
    check(sol, [99] * 100 + [100] * 98 + [50, 48], True)
