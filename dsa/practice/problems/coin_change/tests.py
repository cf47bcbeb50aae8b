"""Tests for coin-change."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def fewest_by_search(coins: list[int], amount: int) -> int:
    """Brute force: breadth-first search over amounts still to pay, one coin per level."""
    level, seen, frontier = 0, {amount}, [amount]
    while frontier:
        if 0 in frontier:
            return level
        nxt = []
        for left in frontier:
            for c in coins:
                if c <= left and left - c not in seen:
                    seen.add(left - c)
                    nxt.append(left - c)
        frontier, level = nxt, level + 1
    return -1


def check(sol, coins, amount, want):
    expect(sol.coin_change(list(coins), amount), want, coins=coins, amount=amount)


def test_example_greedy_trap(sol):
    check(sol, [1, 3, 4], 6, 2)


def test_example_impossible(sol):
    check(sol, [5, 10], 7, -1)


def test_example_zero_amount(sol):
    check(sol, [2, 7], 0, 0)


def test_single_coin_exact(sol):
    check(sol, [7], 21, 3)


def test_single_coin_impossible(sol):
    check(sol, [3], 10, -1)


def test_coin_larger_than_amount(sol):
    check(sol, [10_000], 9_999, -1)


def test_unordered_coins(sol):
    check(sol, [25, 1, 10, 5], 63, 6)


@given(
    coins=st.lists(st.integers(1, 15), min_size=1, max_size=5, unique=True),
    amount=st.integers(0, 60),
)
def test_matches_search(sol, coins, amount):
    got = sol.coin_change(list(coins), amount)
    expect(got, fewest_by_search(coins, amount), coins=coins, amount=amount)


def test_largest_amount(sol):
    # A recursion without a cache explores astronomically many coin orders here.
    coins = [186, 419, 83, 408]
    got = sol.coin_change(list(coins), 6249)
    expect(got, fewest_by_search(coins, 6249), coins=coins, amount=6249)


def test_largest_impossible(sol):
    coins = [6, 10, 14, 22, 26, 34, 38, 46, 58, 62, 74, 82]
    check(sol, coins, 9999, -1)


def test_largest_amount_one_coin_at_a_time(sol):
    check(sol, [1], 10_000, 10_000)
    check(sol, [1, 10_000], 9_999, 9_999)
    check(sol, [10_000, 1], 10_000, 1)


def test_largest_amount_twelve_coins(sol):
    coins = [10_000, 9_973, 7_919, 5_003, 2_503, 1_009, 997, 503, 101, 97, 7, 3]
    check(sol, coins, 10_000, 1)
    coins = [*coins[1:], 1]
    check(sol, coins, 10_000, fewest_by_search(coins, 10_000))
