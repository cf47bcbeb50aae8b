"""Tests for meeting-rooms-ii."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def rooms_by_timeline(intervals: list[list[int]]) -> int:
    """Brute force: count the meetings in progress at every integer moment of the timeline."""
    if not intervals:
        return 0
    first = min(start for start, _ in intervals)
    last = max(end for _, end in intervals)
    return max(sum(1 for start, end in intervals if start <= t < end) for t in range(first, last))


def check(sol, intervals, want):
    got = sol.min_meeting_rooms([pair[:] for pair in intervals])
    expect_true(type(got) is int, f"expected an int, got {type(got).__name__}",
                intervals=intervals if len(intervals) <= 50 else f"{len(intervals)} meetings")
    expect(got, want, intervals=intervals if len(intervals) <= 50 else f"{len(intervals)} meetings")


def test_example_long_meeting(sol):
    check(sol, [[0, 30], [5, 10], [15, 20]], 2)


def test_example_back_to_back(sol):
    check(sol, [[9, 10], [10, 11], [8, 12]], 2)


def test_example_empty(sol):
    check(sol, [], 0)


def test_single(sol):
    check(sol, [[3, 4]], 1)


def test_identical(sol):
    check(sol, [[1, 5], [1, 5], [1, 5]], 3)


def test_chain_of_handovers(sol):
    check(sol, [[0, 1], [1, 2], [2, 3], [3, 4]], 1)


def test_rooms_reused_along_a_chain(sol):
    check(sol, [[1, 3], [2, 5], [4, 6]], 2)


def test_nested_not_consecutive(sol):
    check(sol, [[1, 10], [2, 3], [4, 5], [6, 7]], 2)


meetings = st.lists(
    st.tuples(st.integers(0, 15), st.integers(1, 6)).map(lambda t: [t[0], t[0] + t[1]]),
    max_size=12,
)


@given(intervals=meetings)
def test_matches_timeline(sol, intervals):
    check(sol, intervals, rooms_by_timeline(intervals))


def test_largest_size(sol):
    # 50,000 meetings: checking every pair would be 2.5·10⁹ steps. Meeting k runs [k, k + 50)
    # and hands over exactly at the end, so exactly 50 run at once; shuffled.
    intervals = [[k, k + 50] for k in range(50_000)]
    random.Random(2).shuffle(intervals)
    check(sol, intervals, 50)


def test_largest_all_at_once(sol):
    # 100,000 nested meetings [k, 10**9 - k] all overlap in the middle: 100,000 rooms. Looking
    # through the rooms for a free one, meeting by meeting, takes ~5·10⁹ steps.
    intervals = [[k, 10**9 - k] for k in reversed(range(100_000))]
    check(sol, intervals, 100_000)


def test_largest_far_apart_times(sol):
    # 100,000 back-to-back meetings spread from 0 to 10**9: one room hands over 99,999 times.
    step = 10**9 // 100_000
    intervals = [[k * step, (k + 1) * step] for k in range(100_000)]
    intervals.reverse()
    check(sol, intervals, 1)
    check(sol, [[0, 10**9], [10**9 - 1, 10**9], [0, 1]], 2)
