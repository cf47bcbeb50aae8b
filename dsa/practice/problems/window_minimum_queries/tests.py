"""Tests for window-minimum-queries: examples, edges, a brute-force oracle, the largest sizes."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

BIG = 10**9


def _check(sol, nums, lefts, rights, want=None, shown=None):
    if want is None:
        want = [min(nums[l:r + 1]) for l, r in zip(lefts, rights, strict=False)]
    got = sol.range_minimums(list(nums), list(lefts), list(rights))
    inputs = {"nums": nums, "lefts": lefts, "rights": rights} if shown is None else shown
    expect(got, want, **inputs)


def test_example_1(sol):
    _check(sol, [5, 2, 8, 6, 3, 7], [0, 2, 3, 5], [5, 3, 4, 5], [2, 6, 3, 7])


def test_example_2(sol):
    _check(sol, [-4], [0], [0], [-4])


def test_every_range_of_a_small_list(sol):
    nums = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    pairs = [(l, r) for l in range(len(nums)) for r in range(l, len(nums))]
    _check(sol, nums, [l for l, _ in pairs], [r for _, r in pairs])


def test_just_outside_the_range_is_smaller(sol):
    # The value just left of each range is the smallest: a window starting at r - 2^k sees it.
    nums = [0, 9, 8, 7, 6, 5, 4, 3]
    _check(sol, nums, [1, 1, 2], [4, 6, 7], [6, 4, 3])


@given(nums=st.lists(st.integers(-BIG, BIG), min_size=1, max_size=40), data=st.data())
def test_matches_brute_force(sol, nums, data):
    index = st.integers(0, len(nums) - 1)
    pairs = data.draw(st.lists(st.tuples(index, index).map(sorted), min_size=1, max_size=30),
                      label="ranges")
    _check(sol, nums, [p[0] for p in pairs], [p[1] for p in pairs])


def test_largest_size_wide_ranges(sol):
    # 100,000 ranges each covering nearly all of 100,000 values: min over slices is ~10¹⁰ steps.
    rng = random.Random(100_000)
    n = q = 100_000
    nums = [rng.randint(-BIG, BIG) for _ in range(n)]
    nums[25] = -BIG                  # ranges starting after 25 miss it
    nums[rng.randrange(n)] = BIG
    lefts = [rng.randrange(0, 50) for _ in range(q)]
    rights = [rng.randrange(n - 50, n) for _ in range(q)]
    lefts[0], rights[0], lefts[1], rights[1] = 0, 0, n - 1, n - 1
    middle = min(nums[50:n - 50])  # every range covers the middle; only the ends vary
    want = [nums[0], nums[n - 1]] + [min(min(nums[l:50]), middle, min(nums[n - 50:r + 1]))
                                     for l, r in zip(lefts[2:], rights[2:], strict=False)]
    _check(sol, nums, lefts, rights, want,
           {"nums": f"{n} random values in ±10**9", "lefts": "< 50", "rights": f">= {n - 50}"})


def test_largest_size_short_ranges_sorted_values(sol):
    # Decreasing values: the minimum of every range is at its right end.
    n = 100_000
    nums = [BIG - 20_000 * i for i in range(n)]
    rng = random.Random(7)
    lefts = [rng.randrange(n) for _ in range(n)]
    rights = [min(n - 1, left + rng.randrange(1_000)) for left in lefts]
    _check(sol, nums, lefts, rights, [nums[r] for r in rights],
           {"nums": "10**9, 10**9 - 20,000, …", "lefts": "random", "rights": "left + < 1,000"})
