"""Red–black tree and B-tree against dict and a sorted list; heights within their proven bounds."""

import bisect
import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.counting import Tally, counted
from dsa.trees.b_tree import BTree
from dsa.trees.red_black_tree import RedBlackTree

ops = st.lists(st.tuples(st.booleans(), st.integers(-40, 40), st.integers()), max_size=120)
MAKERS = {
    "red-black": RedBlackTree,
    "B-tree t=2": lambda: BTree(min_degree=2),
    "B-tree t=3": lambda: BTree(min_degree=3),
    "B-tree t=5": lambda: BTree(min_degree=5),
}


def btree_height_bound(n, t):
    return math.log((n + 1) / 2, t) if n else 0


def rb_height_bound(n):
    return 2 * math.log2(n + 1)


def check_height(tree):
    n = len(tree)
    if isinstance(tree, BTree):
        assert tree.height <= btree_height_bound(n, tree.t) + 1e-9
    else:
        assert tree.height <= rb_height_bound(n)
        assert tree.height <= 2 * tree.black_height


@pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS.keys())
@given(operations=ops, probe=st.integers(-45, 45))
def test_matches_dict_after_every_step(make, operations, probe):
    tree, model = make(), {}
    for insert, k, v in operations:
        if insert:
            tree[k] = v
            model[k] = v
        elif k in model:
            del tree[k]
            del model[k]
        else:
            with pytest.raises(KeyError) as error:
                del tree[k]
            assert error.value.args == (k,)
        tree._check()
        check_height(tree)
    assert list(tree.items()) == sorted(model.items()) and len(tree) == len(model)
    assert (probe in tree) == (probe in model)
    assert tree.get(probe) == model.get(probe)
    if isinstance(tree, RedBlackTree):
        keys = sorted(model)
        i = bisect.bisect_right(keys, probe)
        assert tree.floor(probe) == (keys[i - 1] if i else None)


@pytest.mark.parametrize("n", [100, 1000, 10000])
def test_sorted_and_reversed_inserts_stay_within_the_bounds(n):
    for keys in (range(n), range(n, 0, -1)):
        rb = RedBlackTree.fromkeys(keys)
        assert rb.height <= rb_height_bound(n)
        for t in (2, 4, 16):
            bt = BTree.fromkeys(keys, min_degree=t)
            assert bt.height <= btree_height_bound(n, t)
    # deleting all but a few keeps the bounds too
    rb, bt = RedBlackTree.fromkeys(range(n)), BTree.fromkeys(range(n), min_degree=3)
    for k in range(0, n, 2):
        del rb[k]
        del bt[k]
    rb._check()
    bt._check()
    check_height(rb)
    check_height(bt)


def search_comparisons(tree_class, n, **options):
    """Worst comparisons over searches for every key and a miss, in a tree of n counted keys."""
    tally = Tally()
    keys = counted(range(0, 2 * n, 2), tally)
    random.Random(n).shuffle(keys)
    tree = tree_class.fromkeys(keys, **options)
    worst = 0
    for probe in counted([*range(0, 2 * n, 2), -1, 2 * n + 1], tally):
        tally.reset()
        assert (probe in tree) == (0 <= probe.value < 2 * n)
        worst = max(worst, tally.comparisons)
    return tree, worst


@pytest.mark.parametrize("n", [1000, 4000, 16000])
def test_red_black_search_is_at_most_two_comparisons_per_level(n):
    tree, worst = search_comparisons(RedBlackTree, n)
    assert worst <= 2 * tree.height <= 2 * rb_height_bound(n)


@pytest.mark.parametrize("t", [2, 8, 64])
def test_b_tree_search_touches_height_plus_one_nodes(t):
    # binary search inside a node of at most 2t - 1 keys: ceil(log2 2t) + 1 comparisons per
    # level (the +1 is the equality check), and h + 1 levels
    for n in (1000, 16000):
        tree, worst = search_comparisons(BTree, n, min_degree=t)
        per_node = math.ceil(math.log2(2 * t)) + 1
        assert worst <= (tree.height + 1) * per_node
        assert tree.height <= btree_height_bound(n, t)


def test_min_degree_is_checked():
    with pytest.raises(ValueError, match="min_degree must be at least 2"):
        BTree(min_degree=1)


@pytest.mark.parametrize("make", MAKERS.values(), ids=MAKERS.keys())
def test_inserts_and_deletes_cost_a_bounded_number_of_comparisons_per_level(make):
    # every change walks one root-to-leaf path (twice for a delete: the membership check first),
    # comparing a bounded number of times per level
    for n in (2000, 8000):
        tally = Tally()
        tree = make()
        keys = counted(range(n), tally)
        random.Random(n).shuffle(keys)
        worst_insert = worst_delete = 0
        for k in keys:
            tally.reset()
            tree[k] = None
            worst_insert = max(worst_insert, tally.comparisons)
        levels = tree.height + 1
        for k in keys[: n // 2]:
            tally.reset()
            del tree[k]
            worst_delete = max(worst_delete, tally.comparisons)
        per_level = 2 if isinstance(tree, RedBlackTree) else math.ceil(math.log2(2 * tree.t)) + 2
        assert worst_insert <= per_level * levels, (worst_insert, levels)
        assert worst_delete <= 3 * per_level * levels, (worst_delete, levels)
