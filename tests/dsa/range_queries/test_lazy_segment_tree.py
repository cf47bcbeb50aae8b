"""The lazy segment tree against a plain list, its invariant after every step, visits counted."""

import math
import random
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.range_queries import LazySegmentTree


@st.composite
def programs(draw):
    values = draw(st.lists(st.integers(-20, 20), min_size=1, max_size=30))
    n = len(values)
    steps = []
    for _ in range(draw(st.integers(0, 25))):
        start = draw(st.integers(0, n))
        stop = draw(st.integers(start, n))
        steps.append((draw(st.sampled_from(["add", "sum", "min", "max", "get"])),
                      start, stop, draw(st.integers(-9, 9))))
    return values, steps


@given(program=programs())
def test_every_operation_matches_a_list(program):
    values, steps = program
    tree = LazySegmentTree(values)
    for action, start, stop, delta in steps:
        if action == "add":
            tree.add(start, stop, delta)
            values[start:stop] = [v + delta for v in values[start:stop]]
        elif action == "sum":
            assert tree.sum(start, stop) == sum(values[start:stop])
        elif action == "get":
            assert tree[start % len(values)] == values[start % len(values)]
        elif start < stop:
            function = min if action == "min" else max
            assert getattr(tree, action)(start, stop) == function(values[start:stop])
        tree._check()
    assert list(tree) == values


def test_bad_ranges_and_indices_are_named():
    tree = LazySegmentTree([1, 2, 3])
    with pytest.raises(IndexError, match=r"range \[1, 4\) is not within \[0, 3\]"):
        tree.add(1, 4, 1)
    with pytest.raises(ValueError, match="range needs start <= stop, got 3 > 2"):
        tree.sum(3, 2)
    with pytest.raises(ValueError, match="max of the empty range"):
        tree.max(0, 0)
    with pytest.raises(IndexError, match="index 3 out of range for length 3"):
        tree[3]


def test_empty_tree():
    tree = LazySegmentTree([])
    assert len(tree) == 0 and list(tree) == [] and tree.sum(0, 0) == 0
    tree.add(0, 0, 5)
    tree._check()


def test_visits_stay_within_four_per_level():
    rng = random.Random(12)
    worst = {}
    for n in (2**8, 2**11, 2**14, 3000):
        tree = LazySegmentTree([rng.randint(-100, 100) for _ in range(n)])
        levels = math.ceil(math.log2(n)) + 1
        most = 0
        for _ in range(300):
            start = rng.randrange(n)
            stop = rng.randrange(start + 1, n + 1)
            for name, arguments in (("add", (start, stop, 3)), ("min", (start, stop))):
                tree.visits = 0
                getattr(tree, name)(*arguments)
                most = max(most, tree.visits)
        assert most <= 4 * levels, (n, most)
        worst[n] = most
    # logarithmic: 64 times the values, a bounded number of extra visits; a list would do 64x
    assert worst[2**14] - worst[2**8] <= 4 * 6 + 4


def test_building_visits_each_of_the_2n_minus_1_nodes_once():
    for n in (1, 2, 3, 1000, 1024):
        assert LazySegmentTree(range(n)).visits == 2 * n - 1


def test_an_add_to_everything_touches_one_node():
    tree = LazySegmentTree(range(10_000))
    tree.visits = 0
    tree.add(0, 10_000, 1)
    assert tree.visits == 1 and tree.sum(0, 10_000) == sum(range(10_000)) + 10_000


def test_recursion_is_only_as_deep_as_the_tree():
    depth = deepest = 0

    def watch(frame, event, arg):
        nonlocal depth, deepest
        if event == "call":
            depth += 1
            deepest = max(deepest, depth)
        elif event == "return":
            depth -= 1

    depths = []
    for n in (2**8, 2**12):
        tree = LazySegmentTree(range(n))
        depth = deepest = 0
        sys.setprofile(watch)
        try:
            tree.add(1, n - 1, 1)
            tree.sum(1, n - 1)
        finally:
            sys.setprofile(None)
        depths.append(deepest)
    assert depths[1] - depths[0] == 4  # 16 times the values, 4 more levels
