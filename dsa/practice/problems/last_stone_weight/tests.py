"""Tests for last-stone-weight: examples, edges, a re-sorting oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _smash_by_sorting(stones):
    pile = sorted(stones)
    while len(pile) > 1:
        y, x = pile.pop(), pile.pop()
        if x != y:
            pile.append(y - x)
            pile.sort()
    return pile[0] if pile else 0


def _check(sol, stones, want=None):
    if want is None:
        want = _smash_by_sorting(stones)
    copy = list(stones)
    got = sol.last_stone_weight(copy)
    expect_true(type(got) is int, f"expected an int, got {type(got).__name__}", stones=stones)
    expect(got, want, stones=stones)
    expect_true(copy == stones, f"stones was modified: it became {copy[:20]}", stones=stones)


def test_example_1(sol):
    _check(sol, [3, 8, 4, 1], 0)


def test_example_2(sol):
    _check(sol, [10, 4, 4], 2)


def test_single_stone(sol):
    _check(sol, [5], 5)


def test_empty_pile(sol):
    _check(sol, [], 0)


def test_two_equal_stones(sol):
    _check(sol, [7, 7], 0)


def test_new_stone_must_be_compared(sol):
    # 9 and 3 leave 6, which must be smashed next, before the 3 and 1 that were waiting.
    _check(sol, [9, 1, 3, 3], 2)


@given(stones=st.lists(st.integers(1, 30), max_size=30))
def test_matches_resorting_oracle(sol, stones):
    _check(sol, stones)


def test_largest_size(sol):
    # 50,000 pairs of equal heavy stones and one stone of 7: the pairs cancel and 7 is left.
    # A heap takes ~0.1 s; re-sorting 100,001 stones on each of 50,000 turns takes far longer.
    rng = random.Random(100_001)
    weights = [rng.randint(8, 10**9) for _ in range(50_000)]
    stones = [*weights, *weights, 7]
    rng.shuffle(stones)
    _check(sol, stones, 7)


def test_largest_extreme_weights(sol):
    # 100,001 stones: pairs of equal weights up to 10**9 cancel, heaviest first, and the one
    # stone of weight 1 is left.
    rng = random.Random(7)
    weights = [rng.randint(2, 10**9) for _ in range(49_999)] + [10**9]
    stones = [*weights, *weights, 1]
    rng.shuffle(stones)
    _check(sol, stones, 1)


def test_heavy_stones_beyond_small_buckets(sol):
    _check(sol, [1_001, 2_000, 10**9], 10**9 - 3_001)
    _check(sol, [10**9, 10**9, 999_999_999], 999_999_999)
