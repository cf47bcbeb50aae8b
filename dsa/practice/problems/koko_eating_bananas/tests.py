"""Tests for koko-eating-bananas."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def brute_force(piles: list[int], hours: int) -> int:
    return next(k for k in range(1, max(piles) + 1)
                if sum(-(-pile // k) for pile in piles) <= hours)


def check(sol, piles, hours, want):
    expect(sol.min_eating_speed(list(piles), hours), want, piles=piles, hours=hours)


def test_example_tight(sol):
    check(sol, [4, 11, 7], 6, 4)


def test_example_one_hour_per_pile(sol):
    check(sol, [4, 11, 7], 3, 11)


def test_example_single_pile(sol):
    check(sol, [30], 5, 6)


def test_plenty_of_time(sol):
    check(sol, [3, 6, 7, 11], 1_000_000_000, 1)


def test_single_banana(sol):
    check(sol, [1], 1, 1)


def test_partial_hours_count(sol):
    check(sol, [9, 8, 2], 5, 5)


@given(piles=st.lists(st.integers(1, 40), min_size=1, max_size=8), data=st.data())
def test_matches_brute_force(sol, piles, data):
    hours = data.draw(st.integers(len(piles), sum(piles) + 3), label="hours")
    check(sol, piles, hours, brute_force(piles, hours))


def test_largest_huge_piles(sol):
    piles = [10**9 - i for i in range(20_000)]
    expect(sol.min_eating_speed(list(piles), 20_000), 10**9,
           piles="[10**9, 10**9 - 1, ..., 10**9 - 19_999]", hours=20_000)


def test_largest_big_answer(sol):
    piles = [999_999_937] * 3 + [5] * 19_997
    # the three big piles get two hours each: ceil(999_999_937 / 2) = 499_999_969
    expect(sol.min_eating_speed(list(piles), 20_003), 499_999_969,
           piles="[999_999_937] * 3 + [5] * 19_997", hours=20_003)


def test_huge_pile_many_hours(sol):
    check(sol, [10**9], 10**9, 1)
    check(sol, [10**9], 10**9 - 1, 2)
    check(sol, [10**9, 1], 3, 500_000_000)
    check(sol, [10**9] * 3, 9, 333_333_334)


def test_largest_answer_above_a_million(sol):
    piles = [10**9] + [1] * 19_999
    expect(sol.min_eating_speed(list(piles), 20_001), 500_000_000,
           piles="[10**9] + [1] * 19_999", hours=20_001)
