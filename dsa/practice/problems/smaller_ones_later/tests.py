"""Tests for smaller-ones-later: the examples, ties, a pairwise oracle, the input left as it
was, and 100,000 numbers at the value limits."""

import bisect
import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true

BIG = 10**9


def _pairs(nums):
    return [sum(1 for y in nums[i + 1:] if y < x) for i, x in enumerate(nums)]


def check(sol, nums, want=None, shown=None):
    if want is None:
        want = _pairs(nums)
    given_list = list(nums)
    got = sol.smaller_to_the_right(given_list)
    expect(got, want, nums=shown or nums)
    expect_true(given_list == nums, "nums must be left as it was", nums=shown or nums)


def test_example_1(sol):
    check(sol, [5, 2, 6, 1], [2, 1, 1, 0])


def test_example_2_ties(sol):
    check(sol, [3, 3, 3, 1], [1, 1, 1, 0])


def test_example_3_one_number(sol):
    check(sol, [-1], [0])


def test_sorted_both_ways(sol):
    check(sol, [1, 2, 3, 4], [0, 0, 0, 0])
    check(sol, [4, 3, 2, 1], [3, 2, 1, 0])
    check(sol, [BIG, -BIG, BIG, -BIG], [2, 0, 1, 0])


@given(nums=st.lists(st.integers(-4, 4) | st.integers(-BIG, BIG), min_size=1, max_size=60))
def test_matches_every_pair(sol, nums):
    check(sol, nums)


def test_largest_size_descending(sol):
    n = 100_000
    nums = [BIG - 20_000 * i for i in range(n)]
    nums[-1] = -BIG
    check(sol, nums, [n - 1 - i for i in range(n)], shown="100,000 numbers falling from 10**9")


def test_largest_size_random(sol):
    rng = random.Random(7)
    nums = [rng.randint(-BIG, BIG) for _ in range(100_000)]
    nums[0], nums[1] = BIG, -BIG
    # The oracle walks right to left keeping the passed values sorted (bisect): independent of
    # any tree, and quick enough for the test.
    passed, want = [], []
    for x in reversed(nums):
        want.append(bisect.bisect_left(passed, x))
        bisect.insort(passed, x)
    check(sol, nums, want[::-1], shown="100,000 random numbers in ±10**9")


def test_largest_size_few_values(sol):
    rng = random.Random(8)
    nums = [rng.choice((-BIG, 0, BIG)) for _ in range(100_000)]
    want = [0] * len(nums)
    seen = {-BIG: 0, 0: 0, BIG: 0}
    for i in range(len(nums) - 1, -1, -1):
        x = nums[i]
        want[i] = sum(c for v, c in seen.items() if v < x)
        seen[x] += 1
    check(sol, nums, want, shown="100,000 numbers each -10**9, 0 or 10**9")
