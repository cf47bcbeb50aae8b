"""BinarySearchTree and AVLTree against dict and a sorted list; heights and comparison counts."""

import bisect
import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from dsa.counting import Tally, counted
from dsa.structures.avl_tree import AVLTree
from dsa.structures.binary_search_tree import BinarySearchTree

TREES = [BinarySearchTree, AVLTree]
ops = st.lists(st.tuples(st.booleans(), st.integers(-40, 40), st.integers()))


def avl_height_bound(n):
    return 1.4405 * math.log2(n + 2) - 0.3277


@pytest.mark.parametrize("cls", TREES)
@given(operations=ops, probe=st.integers(-45, 45))
def test_matches_dict_and_sorted_list(cls, operations, probe):
    t, model = cls(), {}
    for insert, k, v in operations:
        if insert:
            t[k] = v
            model[k] = v
        elif k in model:
            del t[k]
            del model[k]
        else:
            with pytest.raises(KeyError) as err:
                del t[k]
            assert err.value.args == (k,)
        t._check()
    keys = sorted(model)
    assert list(t) == keys and list(t.items()) == sorted(model.items()) and len(t) == len(model)
    i = bisect.bisect_right(keys, probe)
    assert t.floor(probe) == (keys[i - 1] if i else None)
    j = bisect.bisect_left(keys, probe)
    assert t.ceiling(probe) == (keys[j] if j < len(keys) else None)
    if keys:
        assert (t.min(), t.max()) == (keys[0], keys[-1])
    if cls is AVLTree:
        assert t.height <= avl_height_bound(len(t))


@pytest.mark.parametrize("n", [64, 256, 1024])
def test_sorted_inserts_degenerate_bst_but_not_avl(n):
    bst = BinarySearchTree.fromkeys(range(n))
    avl = AVLTree.fromkeys(range(n))
    assert bst.height == n
    assert avl.height <= avl_height_bound(n)
    assert avl.height == math.ceil(math.log2(n + 1))  # sorted inserts give a perfect-ish tree
    reverse = AVLTree.fromkeys(range(n, 0, -1))
    assert reverse.height <= avl_height_bound(n)
    reverse._check()


@pytest.mark.parametrize("n", [64, 128, 256, 512])
def test_lookup_comparisons_linear_for_bst_logarithmic_for_avl(n):
    costs = {}
    for cls in TREES:
        tally = Tally()
        keys = counted(range(n), tally)
        tree = cls.fromkeys(keys)
        tally.reset()
        tree[keys[-1]]  # the deepest key in the degenerate BST
        costs[cls] = tally.comparisons
    # Two comparisons per level passed (< then >) plus two at the key itself.
    assert costs[BinarySearchTree] == 2 * n
    assert costs[AVLTree] <= 2 * avl_height_bound(n)


def test_random_order_bst_is_shallow():
    keys = list(range(2000))
    random.Random(7).shuffle(keys)
    t = BinarySearchTree.fromkeys(keys)
    # Expected height of a random BST is about 4.31 ln n - 1.95 ln ln n, ~29 here; the
    # degenerate (sorted) case would be 2000.
    assert t.height < 4 * math.log2(2000)


def test_avl_delete_keeps_balance_through_many_deletes():
    t = AVLTree.fromkeys(range(500))
    for k in range(0, 500, 3):
        del t[k]
        assert t.height <= avl_height_bound(len(t))
    t._check()
    assert list(t) == [k for k in range(500) if k % 3]


@pytest.mark.parametrize("cls", TREES)
def test_errors_and_protocol(cls):
    t = cls()
    with pytest.raises(KeyError):
        t[1]
    with pytest.raises(ValueError, match="empty tree"):
        t.min()
    with pytest.raises(ValueError, match="empty tree"):
        t.max()
    assert t.floor(1) is None and t.height == 0 and repr(t) == f"{cls.__name__}({{}})"
    t.update({"b": 2, "a": 1})
    assert t.pop("a") == 1 and t.get("a") is None and "b" in t
    with pytest.raises(TypeError):
        t[None] = 0  # None and str cannot be ordered, as in sorted()


class TreeMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.trees = [cls() for cls in TREES]
        self.model = {}

    @rule(k=st.integers(0, 30), v=st.integers())
    def insert(self, k, v):
        for t in self.trees:
            t[k] = v
        self.model[k] = v

    @rule(k=st.integers(0, 30))
    def delete(self, k):
        for t in self.trees:
            if k in self.model:
                del t[k]
            else:
                with pytest.raises(KeyError):
                    del t[k]
        self.model.pop(k, None)

    @invariant()
    def order_balance_size(self):
        for t in self.trees:
            t._check()  # search-tree order and size; for AVL also heights and balance
            assert list(t.items()) == sorted(self.model.items())
        assert self.trees[1].height <= avl_height_bound(len(self.model))


TestTreeMachine = TreeMachine.TestCase


@pytest.mark.parametrize("cls", [BinarySearchTree, AVLTree])
def test_clear_makes_no_comparisons(cls):
    # The inherited MutableMapping.clear popped keys one by one, each pop a search: on a
    # tree built from descending keys (a left path) that was n**2 / 2 comparisons.
    tally = Tally()
    t = cls.fromkeys(counted(range(500, 0, -1), tally))
    tally.reset()
    t.clear()
    assert tally.comparisons == 0 and len(t) == 0 and list(t) == [] and t.height == 0
    t[counted([1], tally)[0]] = "again"
    assert len(t) == 1
    t._check()
