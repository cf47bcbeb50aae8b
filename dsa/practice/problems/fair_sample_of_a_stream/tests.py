"""Tests for fair-sample-of-a-stream: examples, small cases, fairness measured over many seeds,
and the largest sizes."""

import random
from itertools import combinations

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true

BIG = 10**9


def _recipe(stream, k, seed):
    """The statement's recipe, written as a loop over positions with its own draws."""
    rng = random.Random(seed)
    slots = list(stream[:k])
    for i in range(k, len(stream)):
        j = rng.randrange(i + 1)
        if j < k:
            slots[j] = stream[i]
    return slots


def _check(sol, stream, k, seed, want=None, shown=None):
    if want is None:
        want = _recipe(stream, k, seed)
    got = sol.reservoir_sample(list(stream), k, seed)
    expect(got, want, stream=stream if shown is None else shown, k=k, seed=seed)


def test_example_1_short_stream(sol):
    _check(sol, [10, 20, 30], 5, 1, [10, 20, 30])


def test_example_2(sol):
    _check(sol, [4, 8, 15, 16, 23, 42], 2, 0, [23, 15])


def test_k_equals_length_and_one(sol):
    _check(sol, [5, -5, 5], 3, 7, [5, -5, 5])
    _check(sol, [9], 1, 0, [9])
    _check(sol, [1, 2, 3, 4, 5, 6, 7, 8], 1, 3)


@given(stream=st.lists(st.integers(-BIG, BIG), min_size=1, max_size=40),
       k=st.integers(1, 10), seed=st.integers(0, BIG))
def test_matches_recipe(sol, stream, k, seed):
    _check(sol, stream, k, seed)


def test_every_subset_equally_likely(sol):
    # Stream 0..5, k = 2: each of the 15 pairs should come up 1/15 of the time over 3,000 seeds.
    # Chi-square with 14 degrees of freedom: 45 is beyond the 99.99th percentile (~36).
    stream, k, runs = list(range(6)), 2, 3_000
    counts = dict.fromkeys(combinations(stream, k), 0)
    for seed in range(runs):
        sample = tuple(sorted(sol.reservoir_sample(list(stream), k, seed)))
        expect_true(sample in counts, f"{sample} is not {k} different items of the stream",
                    stream=stream, k=k, seed=seed)
        counts[sample] += 1
    expected = runs / len(counts)
    chi2 = sum((c - expected) ** 2 / expected for c in counts.values())
    expect_true(chi2 < 45, f"samples are not uniform over pairs: counts {sorted(counts.values())}",
                stream=stream, k=k, seeds="0 … 2,999")


def test_largest_size(sol):
    rng = random.Random(100_000)
    stream = [rng.randint(-BIG, BIG) for _ in range(100_000)]
    stream[0], stream[1] = -BIG, BIG
    _check(sol, stream, 1_000, BIG, shown="100,000 random values in ±10**9")
    _check(sol, stream, 100_000, 0, stream, shown="100,000 random values in ±10**9")
    _check(sol, stream, 99_999, 12_345, shown="100,000 random values in ±10**9")
