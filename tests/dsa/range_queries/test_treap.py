"""The treap against a sorted list, its three invariants after every step, and its depth."""

import math
import random
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.range_queries import Treap

actions = st.sampled_from(["add", "discard", "remove", "contains", "kth", "rank", "split"])


@given(steps=st.lists(st.tuples(actions, st.integers(-10, 10)), max_size=60),
       seed=st.integers(0, 2**32))
def test_every_operation_matches_a_sorted_list(steps, seed):
    treap, keys = Treap(seed=seed), []
    for action, x in steps:
        if action == "add":
            treap.add(x)
            keys = sorted(set(keys) | {x})
        elif action == "discard":
            treap.discard(x)
            keys = [k for k in keys if k != x]
        elif action == "remove":
            if x in keys:
                treap.remove(x)
                keys.remove(x)
            else:
                with pytest.raises(KeyError):
                    treap.remove(x)
        elif action == "contains":
            assert (x in treap) == (x in keys)
        elif action == "kth" and keys:
            k = x % (2 * len(keys)) - len(keys)  # negative and positive ranks
            assert treap.kth(k) == keys[k]
        elif action == "rank":
            assert treap.rank(x) == sum(1 for k in keys if k < x)
        elif action == "split":
            low, high = treap.split(x)
            assert list(low) == [k for k in keys if k < x] and len(treap) == 0
            assert list(high) == [k for k in keys if k >= x]
            low._check()
            high._check()
            low.merge(high)
            treap = low
        treap._check()
        assert list(treap) == keys and len(treap) == len(keys)


def test_merge_refuses_overlapping_ranges_and_keeps_both():
    a, b = Treap([1, 5]), Treap([3, 9])
    with pytest.raises(ValueError, match="3 is not above 5"):
        a.merge(b)
    assert list(a) == [1, 5] and list(b) == [3, 9]
    empty = Treap()
    empty.merge(Treap([2]))
    assert list(empty) == [2]


def test_kth_out_of_range_is_named():
    with pytest.raises(IndexError, match="k=-4 is out of range for 3 keys"):
        Treap([1, 2, 3]).kth(-4)
    with pytest.raises(IndexError, match="for 0 keys"):
        Treap().kth(0)


def test_same_seed_same_shape_and_other_seeds_still_correct():
    assert Treap(range(100), seed=4).depths() == Treap(range(100), seed=4).depths()
    assert Treap(range(100), seed=4).depths() != Treap(range(100), seed=5).depths()


def test_sorted_insertion_still_gives_logarithmic_depth():
    # A plain search tree fed 0, 1, 2, ... becomes a path of depth n; the priorities make the
    # shape that of a random insertion order, whose mean depth (root at 1) is known exactly:
    # 2 (1 + 1/n) H_n - 3, about 2 ln n - 1.8.
    for n in (2**10, 2**13):
        harmonic = sum(1 / k for k in range(1, n + 1))
        expected = 2 * (1 + 1 / n) * harmonic - 3
        means, heights = [], []
        for seed in range(6):
            treap = Treap(range(n), seed=seed)
            means.append(statistics.mean(treap.depths()))
            heights.append(treap.height)
        assert abs(statistics.mean(means) - expected) < 0.08 * expected, (n, means, expected)
        assert max(heights) < 3.5 * math.log2(n), (n, heights)  # random BSTs: ~ 3 log2 n


def test_each_operation_walks_a_logarithmic_path():
    per_operation = {}
    for n in (2**10, 2**14):
        rng = random.Random(n)
        treap = Treap(rng.sample(range(10 * n), n), seed=1)
        treap.visits = 0
        for _ in range(500):
            x = rng.randrange(10 * n)
            treap.add(x)
            treap.rank(x)
            treap.discard(x)
        per_operation[n] = treap.visits / 1500
        # add and discard each walk about four depths (two splits, two merges)
        assert per_operation[n] < 4 * (2 * math.log(n) + 1), (n, per_operation[n])
    # 16 times the keys: the work per operation grows by a constant, not 16-fold
    assert per_operation[2**14] / per_operation[2**10] < 1.6
