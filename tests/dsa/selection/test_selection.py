"""Quickselect and median of medians against sorted(); their comparisons, worst and expected."""

import random
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.counting import Tally, counted
from dsa.selection import median_of_medians, quickselect

SELECTORS = [
    lambda items, k, key=None: quickselect(items, k, key=key, seed=0),
    median_of_medians,
]


@pytest.mark.parametrize("select", SELECTORS)
@given(values=st.lists(st.integers(-5, 5) | st.integers(), min_size=1, max_size=80),
       data=st.data())
def test_kth_smallest_matches_sorted(select, values, data):
    k = data.draw(st.integers(-len(values), len(values) - 1))
    original = list(values)
    assert select(values, k) == sorted(values)[k]
    assert values == original  # the input is left alone


@given(values=st.lists(st.integers(-3, 3), min_size=1, max_size=40), seed=st.integers(0, 2**32),
       data=st.data())
def test_every_pivot_sequence_gives_the_same_answer(values, seed, data):
    k = data.draw(st.integers(0, len(values) - 1))
    assert quickselect(values, k, seed=seed) == sorted(values)[k]
    assert quickselect(values, k, seed=random.Random(seed)) == sorted(values)[k]


@pytest.mark.parametrize("select", SELECTORS)
@given(words=st.lists(st.text("ab", max_size=4), min_size=1, max_size=30), data=st.data())
def test_key_selects_like_a_stable_sort_by_key(select, words, data):
    k = data.draw(st.integers(0, len(words) - 1))
    chosen = select(words, k, key=len)
    assert len(chosen) == len(sorted(words, key=len)[k]) and chosen in words


@pytest.mark.parametrize("select", [quickselect, median_of_medians])
def test_bad_ranks_are_named(select):
    with pytest.raises(IndexError, match="k=5 is out of range for 5 items"):
        select([1, 2, 3, 4, 5], 5)
    with pytest.raises(IndexError, match="k=-6 is out of range"):
        select([1, 2, 3, 4, 5], -6)
    with pytest.raises(IndexError, match="no items"):
        select([], 0)


def shuffled(n, seed):
    values = list(range(n))
    random.Random(seed).shuffle(values)
    return values


def adversarial_inputs(n):
    rng = random.Random(n)
    return {
        "shuffled": shuffled(n, n),
        "sorted": list(range(n)),
        "reversed": list(range(n, 0, -1)),
        "all equal": [7] * n,
        "organ pipe": list(range(n // 2)) + list(range(n - n // 2, 0, -1)),
        "three values": [rng.randrange(3) for _ in range(n)],
    }


def comparisons(select, values, k, **options):
    tally = Tally()
    assert select(counted(values, tally), k, **options).value == sorted(values)[k]
    return tally.comparisons


def test_quickselect_expected_comparisons_are_linear():
    # The docstring's bound: under 2 (1 + ln 2) n ≈ 3.39 n candidates examined, at most two
    # comparisons each, so under 6.8 n on average; the median measures about 4.5 n.
    means = {}
    for n in (2000, 4000, 8000):
        counts = [comparisons(quickselect, shuffled(n, s), n // 2, seed=s)
                  for s in range(12)]
        means[n] = statistics.mean(counts)
        assert 3.5 * n < means[n] < 6.8 * n, (n, means[n] / n)
    assert 1.7 < means[8000] / means[4000] < 2.3  # doubling n doubles the work


def test_quickselect_handles_repeats_in_linear_time():
    # the equal band removes every copy of the pivot at once
    assert comparisons(quickselect, [3] * 5000, 2500, seed=1) == 2 * 5000


class LastPivot(random.Random):
    """A pivot source that always picks the last candidate: the unlucky case, made certain."""

    def randrange(self, start, stop=None, step=1):
        return stop - 1


def test_quickselect_worst_case_is_quadratic():
    # Sorted input, smallest item wanted, last candidate as pivot: each round compares every
    # candidate once (twice for the pivot itself) and removes only the pivot, which stays sorted.
    # Rounds on m = n, n - 1, ..., 1 candidates cost m + 1 each: n (n + 1) / 2 + n in all.
    for n in (100, 200, 400):
        count = comparisons(quickselect, list(range(n)), 0, seed=LastPivot())
        assert count == n * (n + 1) // 2 + n


def test_median_of_medians_is_linear_on_every_input():
    for n in (1000, 4000, 16000):
        for name, values in adversarial_inputs(n).items():
            for k in (0, n // 3, n // 2, n - 1):
                count = comparisons(median_of_medians, values, k)
                assert count < 12 * n, (name, n, k, count / n)
    small, large = (comparisons(median_of_medians, shuffled(n, 0), n // 2) for n in (8000, 16000))
    assert 1.8 < large / small < 2.2


def test_median_of_medians_recursion_is_logarithmic(nesting):
    # only the pivot choice recurses, on a fifth of the range: depth grows like log5 n
    depths = []
    for n in (1000, 10000, 100000):
        result, depth = nesting(median_of_medians, list(range(n)), n // 2)
        assert result == n // 2
        depths.append(depth)
    assert depths[2] - depths[1] <= 2 * (depths[1] - depths[0]) + 2 and depths[2] < 30, depths


def test_quickselect_does_not_recurse(nesting):
    _, shallow = nesting(quickselect, list(range(100)), 50)
    _, deep = nesting(quickselect, list(range(100000)), 50000)
    assert deep == shallow
