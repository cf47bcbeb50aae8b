"""Tests for merge-intervals."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def merge_by_points(intervals: list[list[int]]) -> list[list[int]]:
    """Brute force: mark the covered points on a doubled number line and read off the runs.

    Doubling puts a point between every two integers, so [1, 2] and [3, 4] stay apart while
    [1, 2] and [2, 3] join.
    """
    covered = sorted({p for a, b in intervals for p in range(2 * a, 2 * b + 1)})
    runs: list[list[int]] = []
    for p in covered:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return [[a // 2, b // 2] for a, b in runs]


def check(sol, intervals, want):
    got = sol.merge([pair[:] for pair in intervals])
    shown = intervals if len(intervals) <= 50 else f"{len(intervals)} intervals"
    expect_true(type(got) is list and all(type(p) is list and len(p) == 2
                                          and all(type(v) is int for v in p) for p in got),
                "expected a list of [start, end] lists of ints", intervals=shown)
    expect(got, want, intervals=shown)


def test_example_mixed(sol):
    check(sol, [[8, 10], [1, 3], [2, 6], [15, 18]], [[1, 6], [8, 10], [15, 18]])


def test_example_touching_and_inside(sol):
    check(sol, [[1, 4], [4, 6], [2, 3]], [[1, 6]])


def test_example_empty(sol):
    check(sol, [], [])


def test_single(sol):
    check(sol, [[5, 5]], [[5, 5]])


def test_gap_of_one(sol):
    check(sol, [[3, 4], [1, 2]], [[1, 2], [3, 4]])


def test_contained(sol):
    check(sol, [[1, 10], [2, 3], [4, 5]], [[1, 10]])


def test_duplicates_and_negatives(sol):
    check(sol, [[-5, -2], [-5, -2], [-3, 0]], [[-5, 0]])


intervals_strategy = st.lists(
    st.tuples(st.integers(-10, 10), st.integers(0, 6)).map(lambda t: [t[0], t[0] + t[1]]),
    max_size=10,
)


@given(intervals=intervals_strategy)
def test_matches_points(sol, intervals):
    check(sol, intervals, merge_by_points(intervals))


def test_largest_size(sol):
    # 40,000 shuffled intervals in 10,000 groups: for each j, [20j, 20j + 5] touches
    # [20j + 5, 20j + 9], [20j + 2, 20j + 3] lies inside, and the point [20j + 12, 20j + 12]
    # stands apart.
    intervals = []
    for j in range(10_000):
        base = 20 * j
        intervals += [[base, base + 5], [base + 5, base + 9], [base + 2, base + 3],
                      [base + 12, base + 12]]
    random.Random(4).shuffle(intervals)
    want = []
    for j in range(10_000):
        want += [[20 * j, 20 * j + 9], [20 * j + 12, 20 * j + 12]]
    check(sol, intervals, want)


def test_largest_extreme_ends(sol):
    # 100,000 intervals from -10**9 to 10**9, in 50,000 touching pairs; last first.
    step = 2 * 10**9 // 50_000
    intervals, want = [], []
    for j in range(50_000):
        base = -10**9 + j * step
        top = 10**9 if j == 49_999 else base + step // 2
        intervals += [[base, base + 7], [base + 7, top]]
        want.append([base, top])
    intervals.reverse()
    check(sol, intervals, want)
    check(sol, [[-10**9, -10**9], [10**9, 10**9], [-10**9, 10**9]], [[-10**9, 10**9]])
    check(sol, [[-10**9, -999_999_999], [-2_000_000, -1_000_000]],
          [[-10**9, -999_999_999], [-2_000_000, -1_000_000]])
