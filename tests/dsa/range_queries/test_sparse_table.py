"""The sparse table against min/max/gcd/sum of slices, and its combines counted exactly."""

import math
import operator
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.range_queries import SparseTable

lists = st.lists(st.integers(-50, 50), min_size=1, max_size=40)


def all_ranges(n):
    return [(i, j) for i in range(n) for j in range(i + 1, n + 1)]


@given(values=lists)
def test_idempotent_queries_match_slices(values):
    tables = {f: SparseTable(values, combine=f) for f in (min, max, math.gcd)}
    for start, stop in all_ranges(len(values)):
        part = values[start:stop]
        assert tables[min].query(start, stop) == min(part)
        assert tables[max].query(start, stop) == max(part)
        assert tables[math.gcd].query(start, stop) == math.gcd(*part)


@given(values=lists)
def test_fold_matches_sums_and_keeps_order(values):
    sums = SparseTable(values, combine=operator.add)
    words = SparseTable([str(v) + "," for v in values], combine=operator.add)
    for start, stop in all_ranges(len(values)):
        assert sums.fold(start, stop) == sum(values[start:stop])
        assert words.fold(start, stop) == "".join(f"{v}," for v in values[start:stop])


def test_overlap_double_counts_a_sum_which_is_why_fold_exists():
    sums = SparseTable([1, 1, 1], combine=operator.add)
    assert sums.query(0, 3) == 4 and sums.fold(0, 3) == 3


def test_bad_ranges_are_named():
    table = SparseTable([1, 2, 3])
    with pytest.raises(IndexError, match=r"query range \[0, 4\) is not within \[0, 3\]"):
        table.query(0, 4)
    with pytest.raises(ValueError, match="query needs start <= stop, got 2 > 1"):
        table.fold(2, 1)
    with pytest.raises(ValueError, match="empty"):
        table.query(2, 2)
    with pytest.raises(IndexError):
        table.query(-1, 2)


class CountingCombine:
    def __init__(self, function):
        self.function, self.calls = function, 0

    def __call__(self, a, b):
        self.calls += 1
        return self.function(a, b)


def test_build_makes_n_log_n_combines_and_a_query_exactly_one():
    rng = random.Random(1)
    for n in (1, 2, 3, 1000, 4096, 5000):
        combine = CountingCombine(min)
        table = SparseTable([rng.random() for _ in range(n)], combine=combine)
        levels = n.bit_length()  # lengths 1, 2, 4, ... up to the largest power <= n
        assert combine.calls == sum(n - 2**j + 1 for j in range(1, levels))
        assert combine.calls <= n * math.log2(n) if n > 1 else combine.calls == 0
        for _ in range(200):
            start = rng.randrange(n)
            stop = rng.randrange(start + 1, n + 1)
            combine.calls = 0
            table.query(start, stop)
            assert combine.calls == 1
            combine.calls = 0
            table.fold(start, stop)
            assert combine.calls == (stop - start).bit_count() - 1 <= math.log2(n)
