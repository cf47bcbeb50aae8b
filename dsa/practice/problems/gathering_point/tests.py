"""Tests for gathering-point: examples, exact int type, a try-every-point oracle, and sorted
streets of the largest size (a fixed-pivot quickselect is quadratic there)."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 200_000
TOP = 10**9


def _brute(positions):
    return min(sum(abs(x - p) for x in positions)
               for p in range(min(positions), max(positions) + 1))


def check(sol, positions, want=None, shown=None):
    if want is None:
        want = _brute(positions)
    expect(sol.gathering_cost(list(positions)), want, positions=shown or positions)


def test_example_1(sol):
    check(sol, [1, 9, 2], 8)


def test_example_2_even_count(sol):
    check(sol, [0, 0, 10, 30], 40)


def test_example_3_alone(sol):
    check(sol, [5], 0)


def test_even_count_odd_gap_is_an_int(sol):
    check(sol, [0, 1], 1)
    check(sol, [-3, 4, 4, -3], 14)


def test_everyone_at_one_house(sol):
    check(sol, [7, 7, 7], 0)


def test_extreme_positions(sol):
    check(sol, [-TOP, TOP], 2 * TOP)
    check(sol, [-TOP, TOP, TOP], 2 * TOP)


@given(positions=st.lists(st.integers(-30, 30), min_size=1, max_size=25))
def test_matches_every_meeting_point(sol, positions):
    check(sol, positions)


def test_largest_sorted_street(sol):
    positions = [-TOP + (2 * TOP * i) // (N - 1) for i in range(N)]
    m = positions[(N + 1) // 2 - 1]
    want = sum(abs(x - m) for x in positions)
    check(sol, positions, want, shown=f"{N} increasing positions from -10**9 to 10**9")


def test_largest_reversed_street_with_crowds(sol):
    # Half the friends share the house at 10**9, the rest count down from it by 5,000s.
    positions = [TOP] * (N // 2) + [TOP - 5_000 * i for i in range(1, N // 2 + 1)]
    want = sum(TOP - x for x in positions)
    check(sol, positions, want, shown=f"{N // 2} at 10**9, then {N // 2} decreasing by 5,000")
