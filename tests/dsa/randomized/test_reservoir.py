"""Reservoir sampling: uniform over subsets and per item (chi-squared), draws counted."""

import itertools
import math
import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.randomized import reservoir_sample, skip_reservoir_sample

SAMPLERS = [reservoir_sample, skip_reservoir_sample]
# 99.9th percentiles of the chi-squared distribution, by degrees of freedom (from tables)
CHI2_999 = {14: 36.12, 99: 148.23}


@pytest.mark.parametrize("sampler", SAMPLERS)
@given(n=st.integers(0, 60), k=st.integers(0, 10), seed=st.integers(0, 2**32))
def test_a_reproducible_sample_of_distinct_items(sampler, n, k, seed):
    chosen = sampler(iter(range(n)), k, seed)
    assert len(chosen) == len(set(chosen)) == min(n, k) and set(chosen) <= set(range(n))
    assert chosen == sampler(range(n), k, random.Random(seed))


@pytest.mark.parametrize("sampler", SAMPLERS)
def test_every_subset_is_equally_likely(sampler):
    rng, trials = random.Random(31), 15_000
    subsets = list(itertools.combinations(range(6), 2))
    counts = Counter(tuple(sorted(sampler(range(6), 2, rng))) for _ in range(trials))
    expected = trials / len(subsets)
    assert sum((counts[s] - expected) ** 2 / expected for s in subsets) < CHI2_999[14]


@pytest.mark.parametrize("sampler", SAMPLERS)
def test_each_item_is_chosen_with_probability_k_over_n(sampler):
    rng, trials, n, k = random.Random(5), 4000, 100, 10
    counts = Counter(item for _ in range(trials) for item in sampler(range(n), k, rng))
    expected = trials * k / n
    # each count is binomial(trials, k/n); the inclusion events are negatively correlated,
    # which only shrinks this statistic
    assert sum((counts[i] - expected) ** 2 / expected for i in range(n)) < CHI2_999[99]


class CountingRandom(random.Random):
    """Counts randrange and random calls. getrandbits is redefined only so that randrange
    keeps using it rather than random(), as in random.Random itself (see __init_subclass__)."""

    draws = 0

    def getrandbits(self, k):
        return super().getrandbits(k)

    def randrange(self, *args):
        self.draws += 1
        return super().randrange(*args)

    def random(self):
        self.draws += 1
        return super().random()


def test_algorithm_r_draws_once_per_item_after_the_first_k():
    for n, k in ((10, 3), (10_000, 10), (5, 8)):
        rng = CountingRandom(2)
        reservoir_sample(range(n), k, rng)
        assert rng.draws == max(n - k, 0)


def test_algorithm_l_draws_about_3k_ln_n_over_k():
    for n, k in ((10**4, 10), (10**6, 10), (10**6, 100)):
        draws = []
        for seed in range(5):
            rng = CountingRandom(seed)
            skip_reservoir_sample(range(n), k, rng)
            draws.append(rng.draws)
        # about k ln(n/k) replacements, three draws each, plus the first and the last skip
        expected = 3 * k * math.log(n / k)
        assert 0.7 * expected < sum(draws) / len(draws) < 1.3 * expected + 10, (n, k, draws)


def test_negative_k_is_named():
    for sampler in SAMPLERS:
        with pytest.raises(ValueError, match="k must be non-negative, got -2"):
            sampler(range(5), -2)
