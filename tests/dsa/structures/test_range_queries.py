"""Fenwick and segment trees against sum(a[i:j]) and brute-force folds."""

import functools
import math
import operator

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from dsa.structures.fenwick_tree import FenwickTree
from dsa.structures.segment_tree import SegmentTree

values = st.lists(st.integers(-100, 100), max_size=40)
updates = st.lists(st.tuples(st.integers(0, 39), st.integers(-100, 100)), max_size=10)


@given(values, updates)
def test_fenwick_matches_sum_of_slices(xs, changes):
    f = FenwickTree(xs)
    for i, v in changes:
        if i < len(xs):
            f.add(i, v)
            xs[i] += v
    assert list(f) == xs and len(f) == len(xs)
    for i in range(len(xs) + 1):
        assert f.prefix_sum(i) == sum(xs[:i])
        for j in range(i, len(xs) + 1):
            assert f.query(i, j) == sum(xs[i:j])


@given(values, updates)
def test_segment_tree_sum_and_min_match_brute_force(xs, changes):
    sums = SegmentTree(xs)
    mins = SegmentTree(xs, combine=min, identity=math.inf)
    for i, v in changes:
        if i < len(xs):
            sums[i] = mins[i] = xs[i] = v
    sums._check()
    mins._check()
    for i in range(len(xs) + 1):
        for j in range(i, len(xs) + 1):
            assert sums.query(i, j) == sum(xs[i:j])
            assert mins.query(i, j) == min(xs[i:j], default=math.inf)


@given(st.lists(st.text(alphabet="xyz", max_size=2), max_size=20))
def test_segment_tree_keeps_order_for_non_commutative_operations(parts):
    s = SegmentTree(parts, combine=operator.add, identity="")
    for i in range(len(parts) + 1):
        for j in range(i, len(parts) + 1):
            assert s.query(i, j) == "".join(parts[i:j])


def test_segment_tree_matrix_products():
    # 2x2 matrix product: associative, not commutative, no inverse in general.
    def matmul(a, b):
        return tuple(
            tuple(sum(a[r][k] * b[k][c] for k in range(2)) for c in range(2)) for r in range(2)
        )

    identity = ((1, 0), (0, 1))
    mats = [((1, i), (0, 1)) if i % 2 else ((0, 1), (1, i)) for i in range(13)]
    s = SegmentTree(mats, combine=matmul, identity=identity)
    for i in range(14):
        for j in range(i, 14):
            assert s.query(i, j) == functools.reduce(matmul, mats[i:j], identity)


@pytest.mark.parametrize("n", [2**k for k in range(4, 12)])
def test_fenwick_prefix_sum_reads_at_most_log_n_blocks(n):
    f = FenwickTree(range(n))
    reads = []
    real = f._tree

    class Counting(list):
        def __getitem__(self, i):
            reads.append(i)
            return super().__getitem__(i)

    f._tree = Counting(real)
    worst = 0
    for i in range(n + 1):
        reads.clear()
        f.prefix_sum(i)
        worst = max(worst, len(reads))
    # One block per set bit of the prefix length; n - 1 = 0b111...1 has the most, log2 n.
    assert worst == math.log2(n)


@pytest.mark.parametrize("n", [2**k for k in range(4, 12)])
def test_segment_query_combines_at_most_two_per_level(n):
    calls = 0

    def add(a, b):
        nonlocal calls
        calls += 1
        return a + b

    s = SegmentTree(range(n), combine=add)
    worst = 0
    for i in range(0, n + 1, max(1, n // 32)):
        for j in range(i, n + 1, max(1, n // 32)):
            calls = 0
            s.query(i, j)
            worst = max(worst, calls)
    assert worst <= 2 * math.log2(n) + 1


def test_errors():
    f = FenwickTree([1, 2])
    with pytest.raises(IndexError, match="out of range"):
        f[2]
    with pytest.raises(IndexError, match="out of range"):
        f.prefix_sum(3)
    with pytest.raises(ValueError, match="start <= stop"):
        f.query(2, 1)
    with pytest.raises(ValueError, match="n >= 0"):
        FenwickTree(-1)
    with pytest.raises(TypeError, match="integers"):
        f["0"]
    s = SegmentTree([1, 2])
    with pytest.raises(IndexError, match="out of range"):
        s[-3] = 0
    assert repr(f) == "FenwickTree([1, 2])" and repr(s).startswith("SegmentTree([1, 2]")


@pytest.mark.parametrize(("start", "stop", "error"), [
    (1, 0, ValueError), (2, 1, ValueError), (3, 2, ValueError),  # reversed, even past the end
    (0, 3, IndexError), (-1, 1, IndexError), (3, 3, IndexError),  # an end outside [0, n]
])
def test_both_range_trees_name_and_refuse_a_bad_range_alike(start, stop, error):
    # The two used to differ: FenwickTree.range_sum raised ValueError for a reversed range where
    # SegmentTree.query raised IndexError.
    for tree in (FenwickTree([1, 2]), SegmentTree([1, 2])):
        with pytest.raises(error, match="start <= stop"):
            tree.query(start, stop)


class RangeMachine(RuleBasedStateMachine):
    """Both trees and a plain list, updated together."""

    @initialize(xs=st.lists(st.integers(-50, 50), min_size=1, max_size=30))
    def start(self, xs):
        self.xs = list(xs)
        self.fenwick = FenwickTree(xs)
        self.segment = SegmentTree(xs)

    @rule(data=st.data(), v=st.integers(-50, 50))
    def set_value(self, data, v):
        i = data.draw(st.integers(-len(self.xs), len(self.xs) - 1))
        self.fenwick[i] = self.segment[i] = self.xs[i] = v

    @rule(data=st.data())
    def query(self, data):
        i = data.draw(st.integers(0, len(self.xs)))
        j = data.draw(st.integers(i, len(self.xs)))
        assert self.fenwick.query(i, j) == self.segment.query(i, j) == sum(self.xs[i:j])

    @invariant()
    def consistent(self):
        self.segment._check()
        assert list(self.fenwick) == list(self.segment) == self.xs


TestRangeMachine = RangeMachine.TestCase


@given(xs=st.lists(st.floats(-1e6, 1e6), min_size=1, max_size=40),
       changes=st.lists(st.tuples(st.integers(0, 39), st.floats(-1e6, 1e6)), max_size=20))
def test_fenwick_of_floats_reads_back_exactly_what_was_stored(xs, changes):
    # Before the fix f[i] was prefix_sum(i + 1) - prefix_sum(i): FenwickTree([0.1, 0.2, 0.3])
    # read back 0.30000000000000004 for the last value, and list(f) != the input.
    f = FenwickTree(xs)
    assert list(f) == xs
    for i, x in changes:
        i %= len(xs)
        f[i] = x
        xs[i] = x
        assert f[i] == x and list(f) == xs
    assert math.isclose(f.prefix_sum(len(xs)), math.fsum(xs), rel_tol=1e-9, abs_tol=1e-3)
    assert list(FenwickTree([0.1, 0.2, 0.3])) == [0.1, 0.2, 0.3]
