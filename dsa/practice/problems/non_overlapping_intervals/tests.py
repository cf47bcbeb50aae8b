"""Tests for non-overlapping-intervals."""

import random
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def removals_by_subsets(intervals: list[list[int]]) -> int:
    """Brute force: the largest subset with no two overlapping (half-open), over every subset."""
    n, best = len(intervals), 0
    for mask in range(1 << n):
        chosen = sorted(intervals[i] for i in range(n) if mask >> i & 1)
        if all(a[1] <= b[0] for a, b in pairwise(chosen)):
            best = max(best, len(chosen))
    return n - best


def check(sol, intervals, want):
    got = sol.erase_overlap_intervals([pair[:] for pair in intervals])
    shown = intervals if len(intervals) <= 50 else f"{len(intervals)} intervals"
    expect_true(type(got) is int, f"expected an int, got {type(got).__name__}", intervals=shown)
    expect(got, want, intervals=shown)


def test_example_one_long(sol):
    check(sol, [[1, 10], [2, 4], [4, 6], [6, 9]], 1)


def test_example_identical(sol):
    check(sol, [[3, 5], [3, 5], [3, 5]], 2)


def test_example_empty(sol):
    check(sol, [], 0)


def test_single(sol):
    check(sol, [[-2, 7]], 0)


def test_touching_chain(sol):
    check(sol, [[0, 1], [1, 2], [2, 3], [3, 4]], 0)


def test_long_first_interval(sol):
    check(sol, [[1, 100], [2, 3], [3, 4], [5, 6]], 1)


def test_negatives_unsorted(sol):
    check(sol, [[0, 5], [-8, -1], [-3, 2], [-1, 0]], 1)


intervals_strategy = st.lists(
    st.tuples(st.integers(-6, 6), st.integers(1, 5)).map(lambda t: [t[0], t[0] + t[1]]),
    max_size=7,
)


@given(intervals=intervals_strategy)
def test_matches_subsets(sol, intervals):
    check(sol, intervals, removals_by_subsets(intervals))


def test_largest_size(sol):
    # 20,000 unit bookings [2k, 2k + 1] and 20,000 long ones [2k, 2k + 3], shuffled. Each long one
    # clashes with two unit ones, so all 20,000 long ones go. An O(n²) table needs ~8·10⁸ steps.
    intervals = [[2 * k, 2 * k + 1] for k in range(20_000)]
    intervals += [[2 * k, 2 * k + 3] for k in range(20_000)]
    random.Random(8).shuffle(intervals)
    check(sol, intervals, 20_000)


def test_largest_none_to_cancel(sol):
    # 100,000 back-to-back bookings from -10**9 to 10**9: all stay. Filtering the rest of the
    # list after each kept booking takes ~5·10⁹ steps.
    step = 2 * 10**9 // 100_000
    intervals = [[-10**9 + k * step, -10**9 + (k + 1) * step] for k in range(100_000)]
    intervals.reverse()
    check(sol, intervals, 0)


def test_extreme_times(sol):
    check(sol, [[-10**9, 10**9], [-10**9, -999_999_999], [999_999_999, 10**9]], 1)
    check(sol, [[-10**9, -2_000_000], [-3_000_000, -1_000_000]], 1)
