"""Tests for insert-interval."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def union_by_points(intervals: list[list[int]]) -> list[list[int]]:
    """Brute force: mark covered points on a doubled number line and read off the runs."""
    covered = sorted({p for a, b in intervals for p in range(2 * a, 2 * b + 1)})
    runs: list[list[int]] = []
    for p in covered:
        if runs and p == runs[-1][1] + 1:
            runs[-1][1] = p
        else:
            runs.append([p, p])
    return [[a // 2, b // 2] for a, b in runs]


def check(sol, intervals, new_interval, want):
    given_intervals, given_new = [pair[:] for pair in intervals], list(new_interval)
    got = sol.insert(given_intervals, given_new)
    expect_true(type(got) is list and all(type(p) is list and len(p) == 2
                                          and all(type(v) is int for v in p) for p in got),
                "expected a list of [start, end] lists of ints", intervals=intervals,
                new_interval=new_interval, got=got)
    expect_true(given_intervals == intervals and given_new == new_interval,
                "the input lists were changed; build a new list instead", intervals=intervals,
                new_interval=new_interval)
    expect(got, want, intervals=intervals, new_interval=new_interval)


def test_example_merge_three(sol):
    check(sol, [[1, 2], [4, 5], [7, 9], [12, 14]], [5, 8], [[1, 2], [4, 9], [12, 14]])


def test_example_at_end(sol):
    check(sol, [[1, 3], [6, 8]], [10, 11], [[1, 3], [6, 8], [10, 11]])


def test_example_empty(sol):
    check(sol, [], [2, 5], [[2, 5]])


def test_at_start(sol):
    check(sol, [[4, 6], [9, 9]], [-3, 1], [[-3, 1], [4, 6], [9, 9]])


def test_inside_one(sol):
    check(sol, [[1, 10]], [3, 4], [[1, 10]])


def test_covers_all(sol):
    check(sol, [[2, 3], [5, 6], [8, 9]], [0, 20], [[0, 20]])


def test_touches_end(sol):
    check(sol, [[1, 3], [8, 9]], [3, 5], [[1, 5], [8, 9]])


def test_input_not_modified(sol):
    intervals, new_interval = [[1, 2], [4, 7]], [2, 4]
    copies = [pair[:] for pair in intervals]
    got = sol.insert(copies, new_interval[:])
    expect(got, [[1, 7]], intervals=intervals, new_interval=new_interval)
    expect(copies, intervals, intervals=intervals, new_interval=new_interval,
           note="the input list was changed; build a new list instead")


@st.composite
def sorted_disjoint(draw):
    intervals, position = [], draw(st.integers(-10, 0))
    for _ in range(draw(st.integers(0, 6))):
        start = position + draw(st.integers(1, 3))  # a gap of at least one: no touching
        end = start + draw(st.integers(0, 3))
        intervals.append([start, end])
        position = end
    return intervals


@given(intervals=sorted_disjoint(), start=st.integers(-12, 25), length=st.integers(0, 6))
def test_matches_points(sol, intervals, start, length):
    new_interval = [start, start + length]
    got = sol.insert([pair[:] for pair in intervals], list(new_interval))
    expect(got, union_by_points([*intervals, new_interval]), intervals=intervals,
           new_interval=new_interval)


def test_largest_size(sol):
    # 40,000 intervals [3k, 3k + 1]; the new one [29_999, 60_001] swallows k = 10,000..20,000.
    intervals = [[3 * k, 3 * k + 1] for k in range(40_000)]
    got = sol.insert([pair[:] for pair in intervals], [29_999, 60_001])
    want = [*intervals[:10_000], [29_999, 60_001], *intervals[20_001:]]
    expect(got, want, intervals="40,000 intervals [3k, 3k + 1]", new_interval=[29_999, 60_001])


LIMIT = 10**9


def _spread(n):
    """n sorted disjoint intervals from -10**9 to 10**9, with gaps of at least 2 between them."""
    step = 2 * LIMIT // n
    intervals = [[-LIMIT + k * step, -LIMIT + k * step + step // 2] for k in range(n)]
    intervals[-1][1] = LIMIT
    return intervals


def test_largest_covering_everything(sol):
    check(sol, _spread(100_000), [-LIMIT, LIMIT], [[-LIMIT, LIMIT]])


def test_new_at_the_very_start(sol):
    intervals = _spread(1_000)
    intervals[0][0] += 2
    check(sol, intervals, [-LIMIT, -LIMIT], [[-LIMIT, -LIMIT], *intervals])


def test_new_at_the_very_end(sol):
    intervals = _spread(1_000)
    intervals[-1][1] -= 2
    check(sol, intervals, [LIMIT, LIMIT], [*intervals, [LIMIT, LIMIT]])
