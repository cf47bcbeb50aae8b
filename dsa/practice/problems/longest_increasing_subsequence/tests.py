"""Tests for longest-increasing-subsequence."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def lis_by_subsets(nums: list[int]) -> int:
    """Brute force: the longest strictly increasing subset of positions, over all subsets."""
    best = 0
    n = len(nums)
    for mask in range(1 << n):
        picked = [nums[i] for i in range(n) if mask >> i & 1]
        if all(a < b for a, b in pairwise(picked)):
            best = max(best, len(picked))
    return best


def check(sol, nums, want):
    expect(sol.length_of_lis(list(nums)), want, nums=nums)


def test_example_mixed(sol):
    check(sol, [3, 1, 8, 2, 5, 9, 4], 4)


def test_example_all_equal(sol):
    check(sol, [6, 6, 6], 1)


def test_example_empty(sol):
    check(sol, [], 0)


def test_single(sol):
    check(sol, [-4], 1)


def test_decreasing(sol):
    check(sol, [9, 7, 4, 0, -3], 1)


def test_late_start_beats_early_run(sol):
    check(sol, [10, 11, 1, 2, 3, 4], 4)


def test_negatives_and_duplicates(sol):
    check(sol, [-5, -5, -2, -2, 0, -1, 3, 3], 4)


@given(nums=st.lists(st.integers(-6, 6), max_size=12))
def test_matches_subset_search(sol, nums):
    got = sol.length_of_lis(list(nums))
    expect(got, lis_by_subsets(nums), nums=nums)


def test_largest_size(sol):
    # 10,000 descending blocks of 10: one value per block, so the answer is 10,000. With
    # n = 100,000 the pairwise table makes ~5·10⁹ comparisons; n log n takes a fraction of a second.
    nums = [10 * block + 9 - k for block in range(10_000) for k in range(10)]
    expect(sol.length_of_lis(list(nums)), 10_000, nums="10,000 descending blocks of ten values")


def test_input_unchanged(sol):
    nums = [5, 1, 6, 2, 7, 3]
    expect(sol.length_of_lis(nums), 3, nums=[5, 1, 6, 2, 7, 3])
    expect(nums, [5, 1, 6, 2, 7, 3], nums="[5, 1, 6, 2, 7, 3], after the call")


def test_extreme_values(sol):
    check(sol, [10**9, -10**9], 1)
    check(sol, [-10**9, 10**9], 2)
    check(sol, [-10**9, 2 * 10**6, 3 * 10**6, 10**9, 10**9], 4)
    check(sol, [10**6 + 1, 10**6 + 2, 10**6 + 3], 3)


def test_largest_size_extreme_values(sol):
    # 50,000 ascending pairs (-10**9 + 2i·step, then a smaller decoy): the answer is 50,000,
    # ending at 10**9.
    n = 100_000
    step = 10**9 // n * 2
    nums = []
    for i in range(n // 2):
        nums += [-10**9 + 2 * i * step, -10**9 + 2 * i * step - step // 2]
    nums[0], nums[1], nums[-2], nums[-1] = -10**9, -10**9, 10**9, 10**9 - 1
    expect(sol.length_of_lis(list(nums)), n // 2, nums="50,000 rising pairs from -10**9 to 10**9")
