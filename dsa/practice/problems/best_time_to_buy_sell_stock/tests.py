"""Tests for best-time-to-buy-sell-stock."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def brute_force(prices: list[int]) -> int:
    return max([0] + [prices[j] - prices[i] for i in range(len(prices))
                      for j in range(i + 1, len(prices))])


def check(sol, prices, want):
    got = sol.max_profit(list(prices))
    expect_true(type(got) is int, f"expected an int, got {type(got).__name__}", prices=prices)
    expect(got, want, prices=prices)


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


def one_pass(prices):
    best, cheapest = 0, None
    for price in prices:
        cheapest = price if cheapest is None else min(cheapest, price)
        best = max(best, price - cheapest)
    return best


def test_largest_extreme_prices(sol):
    # From 0 on day one to 10**9 on the last day, with prices in between scattered over the whole
    # range; then prices falling from 10**9 day by day, where no trade gains.
    n = 200_000
    prices = [0] + [(i * 999_999_937) % 10**9 for i in range(1, n - 1)] + [10**9]
    expect(sol.max_profit(list(prices)), 10**9, prices="200,000 prices from 0 to 10**9")
    falling = [10**9 - 5000 * i for i in range(n)]
    expect(sol.max_profit(list(falling)), 0, prices="200,000 prices falling from 10**9")


def test_every_price_above_a_million(sol):
    check(sol, [5_000_000, 4_000_000, 3_000_000], 0)
    prices = [10**9 - 7 * i for i in range(2000)] + [999_990_000, 999_999_999]
    check(sol, prices, one_pass(prices))
