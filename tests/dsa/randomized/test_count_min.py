"""Count–min: never under, over by at most εN with probability 1 - δ, measured on seeded data."""

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.randomized import CountMinSketch


@given(items=st.lists(st.text("abcdef", max_size=3) | st.integers(0, 50), max_size=200),
       width=st.integers(1, 20), depth=st.integers(1, 4), seed=st.integers(0, 99))
def test_never_undercounts_and_every_row_sums_to_the_total(items, width, depth, seed):
    sketch = CountMinSketch(width, depth, seed=seed)
    for item in items:
        sketch.add(item)
    sketch._check()
    for item, count in Counter(items).items():
        assert sketch.estimate(item) >= count
    assert sketch.total == len(items)


def skewed_stream(n_events, n_items, rng):
    """Zipf-like: item i with weight 1 / (i + 1), the shape of word counts and page hits."""
    weights = [1 / (i + 1) for i in range(n_items)]
    return rng.choices([f"item{i}" for i in range(n_items)], weights, k=n_events)


def test_error_bound_holds_at_least_as_often_as_promised():
    epsilon, delta = 0.002, 0.05
    stream = skewed_stream(50_000, 10_000, random.Random(1))
    truth = Counter(stream)
    broken = checked = 0
    for seed in range(3):  # the guarantee is over the hash functions: vary them
        sketch = CountMinSketch.from_error(epsilon, delta, seed=seed)
        for item in stream:
            sketch.add(item)
        for item, count in truth.items():
            surplus = sketch.estimate(item) - count
            assert surplus >= 0
            broken += surplus > epsilon * len(stream)
            checked += 1
    assert broken / checked <= delta, broken / checked


def test_one_row_breaks_the_bound_more_often_than_three():
    # the depth is what turns "1/e of the time" into "delta of the time"
    epsilon = 0.002
    stream = skewed_stream(30_000, 10_000, random.Random(2))
    truth = Counter(stream)
    rates = {}
    for depth in (1, 3):
        sketch = CountMinSketch(width=round(2.718 / epsilon), depth=depth, seed=9)
        for item in stream:
            sketch.add(item)
        rates[depth] = sum(sketch.estimate(i) - c > epsilon * len(stream)
                           for i, c in truth.items()) / len(truth)
    assert rates[3] < rates[1] / 3 and rates[1] <= 1 / 2.718


def test_memory_is_fixed_by_epsilon_and_delta_not_by_the_stream():
    sketch = CountMinSketch.from_error(0.01, 0.01)
    for i in range(50_000):
        sketch.add(i)
    assert sum(len(row) for row in sketch._table) == 272 * 5


def test_bad_parameters_are_named():
    with pytest.raises(ValueError, match="epsilon and delta must be between 0 and 1"):
        CountMinSketch.from_error(0, 0.1)
    with pytest.raises(TypeError, match="CountMinSketch items must be str, bytes or int"):
        CountMinSketch(4, 2).add(1.5)
