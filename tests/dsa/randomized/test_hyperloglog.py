"""HyperLogLog: the relative error over many seeded sketches against 1.04/√m; merges exact."""

import math
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.randomized import HyperLogLog


def sketch_of(items, precision=10, seed=0):
    h = HyperLogLog(precision, seed=seed)
    for item in items:
        h.add(item)
    return h


def relative_errors(n, precision, seeds):
    return [sketch_of(range(n), precision, seed).estimate() / n - 1 for seed in seeds]


@pytest.mark.parametrize("n", [2_000, 10_000])
def test_relative_error_matches_the_standard_error(n):
    precision = 8  # m = 256: a standard error of 6.5 %, measurable with few sketches
    sigma = 1.04 / math.sqrt(2**precision)
    errors = relative_errors(n, precision, range(40))
    rms = math.sqrt(statistics.mean(e * e for e in errors))
    assert 0.6 * sigma < rms < 1.4 * sigma, (rms, sigma)
    assert abs(statistics.mean(errors)) < 3 * sigma / math.sqrt(len(errors))  # unbiased
    assert sum(abs(e) < 2 * sigma for e in errors) >= 0.85 * len(errors)  # ~95 % expected


def test_more_registers_less_error():
    rms = {p: math.sqrt(statistics.mean(e * e for e in relative_errors(8_000, p, range(20))))
           for p in (6, 10)}
    assert rms[10] < rms[6] / 2.5  # 16 times the registers: a quarter of the error


def test_small_counts_use_linear_counting_and_are_nearly_exact():
    for n in (1, 10, 100, 1000):
        assert abs(sketch_of(range(n), precision=12).estimate() - n) <= max(1, 0.03 * n)


@given(a=st.sets(st.integers(0, 10**6), max_size=300), b=st.sets(st.integers(0, 10**6),
                                                                    max_size=300))
def test_merge_is_exactly_the_sketch_of_the_union(a, b):
    left, right = sketch_of(a), sketch_of(b)
    left.merge(right)
    assert left.registers == sketch_of(a | b).registers


def test_repeats_change_nothing_and_memory_is_fixed():
    once = sketch_of(range(1000))
    thrice = sketch_of(list(range(1000)) * 3)
    assert once.registers == thrice.registers
    assert len(sketch_of(range(100_000)).registers) == len(HyperLogLog(10).registers) == 1024
