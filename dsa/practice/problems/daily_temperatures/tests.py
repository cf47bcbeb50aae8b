"""Tests for daily-temperatures."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def brute_force(temps: list[int]) -> list[int]:
    return [next((j - i for j in range(i + 1, len(temps)) if temps[j] > temps[i]), 0)
            for i in range(len(temps))]


def check(sol, temps, want):
    given_temps = list(temps)
    got = sol.days_until_warmer(given_temps)
    expect_true(type(got) is list and all(type(d) is int for d in got),
                "expected a list of ints", temps=temps, got=got)
    expect_true(given_temps == temps, "temps was changed; leave the input as it was",
                temps=temps, afterwards=given_temps)
    expect(got, want, temps=temps)


def test_example_mixed(sol):
    check(sol, [20, 18, 22, 21, 25, 19], [2, 1, 2, 1, 0, 0])


def test_example_equal_is_not_warmer(sol):
    check(sol, [-3, -3, -3], [0, 0, 0])


def test_example_all_wait_for_one(sol):
    check(sol, [5, 4, 3, 10], [3, 2, 1, 0])


def test_empty(sol):
    check(sol, [], [])


def test_single_day(sol):
    check(sol, [7], [0])


def test_rising(sol):
    check(sol, [1, 2, 3], [1, 1, 0])


def test_equal_then_warmer(sol):
    check(sol, [3, 3, 4], [2, 1, 0])


@given(temps=st.lists(st.integers(-5, 5), max_size=30))
def test_matches_brute_force(sol, temps):
    check(sol, temps, brute_force(temps))


@given(temps=st.lists(st.sampled_from([-100, -99, -1, 0, 1, 99, 100]), max_size=30))
def test_extreme_temperatures(sol, temps):
    check(sol, temps, brute_force(temps))


def test_largest_long_cooling_spell(sol):
    n = 200_000
    temps = [100 - i * 201 // (n - 1) for i in range(n - 1)] + [100]
    last = n - 1
    # only the final day is warmer than a day below 100; the first days at 100 never see warmer
    want = [last - i if temps[i] < 100 else 0 for i in range(last)] + [0]
    given_temps = list(temps)
    expect(sol.days_until_warmer(given_temps), want,
           temps="200,000 days cooling slowly from 100 to -100, then one day at 100")
    expect_true(given_temps == temps, "temps was changed; leave the input as it was",
                temps="200,000 days cooling slowly from 100 to -100, then one day at 100")
