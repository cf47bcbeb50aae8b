"""Tests for highest-price-in-a-range: the examples, negative prices, one-stall ranges, a
brute-force oracle on random boards, the input left as it was, and the largest sizes."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true

BIG = 10**9
N = 100_000


def _oracle(prices, queries):
    board, answers = list(prices), []
    for op, a, b in queries:
        if op == 0:
            board[a] = b
        else:
            answers.append(max(board[a:b + 1]))
    return answers


def check(sol, prices, queries, want=None, shown=None):
    if want is None:
        want = _oracle(prices, queries)
    given_prices = list(prices)
    got = sol.range_highs(given_prices, [q[:] for q in queries])
    inputs = {"prices": shown or prices, "queries": "see above" if shown else queries}
    expect(got, want, **inputs)
    expect_true(given_prices == prices, "prices must be left as it was", **inputs)


def test_example_1(sol):
    check(sol, [4, -2, 7, 1], [[1, 0, 3], [0, 2, -5], [1, 1, 2], [1, 3, 3], [1, 0, 2]],
          [7, -2, 1, 4])


def test_example_2_negative(sol):
    check(sol, [-9], [[1, 0, 0], [0, 0, -3], [1, 0, 0]], [-9, -3])


def test_ends_included(sol):
    check(sol, [1, 2, 3, 9, 5], [[1, 0, 3], [1, 3, 4], [1, 4, 4], [1, 0, 0], [0, 4, 10],
                                 [1, 2, 4]], [9, 9, 5, 1, 10])


@st.composite
def boards(draw):
    values = st.integers(-5, 5) | st.integers(-BIG, BIG)
    prices = draw(st.lists(values, min_size=1, max_size=20))
    n = len(prices)
    queries = []
    for _ in range(draw(st.integers(1, 30))):
        if draw(st.booleans()):
            queries.append([0, draw(st.integers(0, n - 1)), draw(values)])
        else:
            l, r = sorted(draw(st.lists(st.integers(0, n - 1), min_size=2, max_size=2)))
            queries.append([1, l, r])
    return prices, queries


@given(case=boards())
def test_matches_scanning(sol, case):
    check(sol, *case)


def test_random_board(sol):
    # 30,000 stalls and queries: each query crosses to your code as its own small list, so the
    # largest size is left to the next test. Ranges of up to 1,000 stalls keep the oracle quick.
    n = 30_000
    rng = random.Random(11)
    prices = [rng.randint(-BIG, BIG) for _ in range(n)]
    prices[5], prices[6] = -BIG, BIG
    queries = []
    for _ in range(n):
        if rng.random() < 0.5:
            queries.append([0, rng.randrange(n), rng.randint(-BIG, BIG)])
        else:
            l = rng.randrange(n)
            queries.append([1, l, min(n - 1, l + rng.randrange(1000))])
    queries[0] = [1, 0, n - 1]
    queries[1] = [0, n - 1, -BIG]
    queries[2] = [0, 0, BIG]
    check(sol, prices, queries, shown="30,000 random prices, 30,000 random queries")


def test_largest_size_wide_ranges(sol):
    # Every question spans almost the whole board: scanning would take 10**10 steps.
    rng = random.Random(12)
    prices = [-BIG + i for i in range(N)]
    queries, want = [], []
    for k in range(N // 2):
        v = -BIG + N + k  # each change raises a new all-time high, wherever it is made
        i = N - 1 if k == 0 else rng.randrange(N)
        queries += [[0, i, v], [1, 0, N - 1]]
        want.append(v)
    check(sol, prices, queries, want,
          shown="100,000 rising prices; 50,000 changes each followed by a question over all")
