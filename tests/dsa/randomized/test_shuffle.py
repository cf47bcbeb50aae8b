"""Fisher–Yates: a permutation, every order equally likely (chi-squared), n - 1 draws."""

import itertools
import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.randomized import sample, shuffle

# 99.9th percentiles of the chi-squared distribution, by degrees of freedom (from tables)
CHI2_999 = {19: 43.82, 23: 49.73}


def chi_squared(counts, outcomes, trials):
    expected = trials / len(outcomes)
    return sum((counts[o] - expected) ** 2 / expected for o in outcomes)


@given(items=st.lists(st.integers(), max_size=30), seed=st.integers(0, 2**32))
def test_shuffle_is_a_reproducible_permutation(items, seed):
    a, b = list(items), list(items)
    shuffle(a, seed)
    shuffle(b, random.Random(seed))
    assert a == b and sorted(a) == sorted(items)


@given(n=st.integers(0, 30), data=st.data())
def test_sample_gives_k_distinct_positions(n, data):
    k = data.draw(st.integers(0, n))
    chosen = sample(range(n), k, seed=data.draw(st.integers(0, 99)))
    assert len(chosen) == len(set(chosen)) == k and set(chosen) <= set(range(n))


def test_every_order_is_equally_likely():
    rng, trials = random.Random(2024), 24_000
    orders = list(itertools.permutations(range(4)))
    counts = Counter()
    for _ in range(trials):
        items = [0, 1, 2, 3]
        shuffle(items, rng)
        counts[tuple(items)] += 1
    assert chi_squared(counts, orders, trials) < CHI2_999[23]


def test_every_ordered_sample_is_equally_likely():
    rng, trials = random.Random(7), 20_000
    pairs = list(itertools.permutations(range(5), 2))
    counts = Counter(tuple(sample(range(5), 2, rng)) for _ in range(trials))
    assert chi_squared(counts, pairs, trials) < CHI2_999[19]


def naive_shuffle(items, rng):
    """The classic mistake: swap each position with *any* position. n^n paths onto n! orders."""
    for i in range(len(items)):
        j = rng.randrange(len(items))
        items[i], items[j] = items[j], items[i]


def test_the_swap_with_anything_mistake_is_measurably_biased():
    rng, trials = random.Random(2024), 24_000
    orders = list(itertools.permutations(range(4)))
    counts = Counter()
    for _ in range(trials):
        items = [0, 1, 2, 3]
        naive_shuffle(items, rng)
        counts[tuple(items)] += 1
    # 4^4 = 256 paths cannot spread evenly over 24 orders: the statistic is far past chance
    assert chi_squared(counts, orders, trials) > 10 * CHI2_999[23]


class CountingRandom(random.Random):
    draws = 0

    def randrange(self, *args):
        self.draws += 1
        return super().randrange(*args)


def test_draws_and_swaps_are_n_minus_one():
    for n in (0, 1, 2, 100, 10_000):
        rng = CountingRandom(1)
        shuffle(list(range(n)), rng)
        assert rng.draws == max(n - 1, 0)
    rng = CountingRandom(1)
    sample(range(10_000), 25, rng)
    assert rng.draws == 25


def test_bad_sample_sizes_are_named():
    with pytest.raises(ValueError, match="cannot sample k=-1 items from 3"):
        sample("abc", -1)
