"""Tests for best-time-to-buy-sell-stock."""

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect


def brute_force(prices: list[int]) -> int:
    return max([0] + [prices[j] - prices[i] for i in range(len(prices))
                      for j in range(i + 1, len(prices))])


def check(sol, prices, want):
    expect(sol.max_profit(list(prices)), want, prices=prices)


def test_example_buy_low_sell_later(sol):
    check(sol, [9, 4, 6, 2, 7, 3], 5)


def test_example_falling(sol):
    check(sol, [8, 6, 5, 1], 0)


def test_example_flat(sol):
    check(sol, [3, 3, 3], 0)


def test_empty(sol):
    check(sol, [], 0)


def test_single_day(sol):
    check(sol, [5], 0)


def test_two_days_rising(sol):
    check(sol, [1, 1_000_000_000], 999_999_999)


def test_minimum_after_maximum(sol):
    check(sol, [10, 1, 5, 11, 0], 10)


@given(prices=st.lists(st.integers(0, 30), max_size=25))
def test_matches_brute_force(sol, prices):
    check(sol, prices, brute_force(prices))


def test_largest(sol):
    n = 200_000
    prices = [n - i for i in range(n // 2)] + [i for i in range(n // 2)]
    expect(sol.max_profit(list(prices)), n // 2 - 1,
           prices="falling from 200,000 to 100,001, then rising from 0 to 99,999")
