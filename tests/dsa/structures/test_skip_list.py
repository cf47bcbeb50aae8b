"""SkipList against dict and a sorted list, with its levels checked after every step."""

import bisect
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from dsa.counting import Tally, counted
from dsa.structures.skip_list import SkipList

ops = st.lists(st.tuples(st.booleans(), st.integers(-40, 40), st.integers()))


@given(ops, st.integers(-45, 45), st.integers(0, 5))
def test_matches_dict_and_sorted_list(operations, probe, seed):
    s, model = SkipList(seed=seed), {}
    for insert, k, v in operations:
        if insert:
            s[k] = v
            model[k] = v
        elif k in model:
            del s[k]
            del model[k]
        else:
            with pytest.raises(KeyError):
                del s[k]
    s._check()
    keys = sorted(model)
    assert list(s.items()) == sorted(model.items()) and len(s) == len(model)
    i = bisect.bisect_right(keys, probe)
    assert s.floor(probe) == (keys[i - 1] if i else None)
    j = bisect.bisect_left(keys, probe)
    assert s.ceiling(probe) == (keys[j] if j < len(keys) else None)


def test_same_seed_same_shape():
    a = SkipList.fromkeys(range(200), seed=3)
    b = SkipList.fromkeys(range(200), seed=3)
    shape = [len(n.forward) for n in _nodes(a)]
    assert shape == [len(n.forward) for n in _nodes(b)]
    assert shape != [len(n.forward) for n in _nodes(SkipList.fromkeys(range(200), seed=4))]


def _nodes(s):
    node = s._head.forward[0]
    while node is not None:
        yield node
        node = node.forward[0]


@pytest.mark.parametrize("p", [0.25, 0.5])
def test_level_sizes_shrink_geometrically(p):
    n = 4096
    s = SkipList.fromkeys(range(n), seed=11, p=p)
    on_level_1 = sum(len(node.forward) > 1 for node in _nodes(s))
    assert abs(on_level_1 - n * p) < 4 * math.sqrt(n * p * (1 - p))
    assert s.height <= 2 * math.log(n, 1 / p) + 2


def test_search_comparisons_grow_logarithmically_even_for_sorted_inserts():
    # Average comparisons per successful lookup at doubling n: growth ~ constant per doubling
    # (log), far below the doubling an unbalanced tree or plain list would show.
    averages = []
    for n in (512, 1024, 2048, 4096):
        tally = Tally()
        keys = counted(range(n), tally)
        s = SkipList.fromkeys(keys, seed=5)
        tally.reset()
        for k in keys:
            s[k]
        averages.append(tally.comparisons / n)
    assert averages[-1] < 4 * math.log2(4096)
    assert averages[-1] / averages[0] < 1.6  # n grew 8x


def test_errors_and_repr():
    with pytest.raises(ValueError, match="p must be between"):
        SkipList(p=1)
    s = SkipList()
    with pytest.raises(KeyError):
        s["x"]
    assert repr(s) == "SkipList({})" and s.floor(1) is None and s.ceiling(1) is None


class SkipListMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.s = SkipList(seed=0)
        self.model = {}

    @rule(k=st.integers(0, 30), v=st.integers())
    def insert(self, k, v):
        self.s[k] = v
        self.model[k] = v

    @rule(k=st.integers(0, 30))
    def delete(self, k):
        if k in self.model:
            del self.s[k]
            del self.model[k]
        else:
            with pytest.raises(KeyError):
                del self.s[k]

    @invariant()
    def sorted_nested_levels(self):
        self.s._check()
        assert list(self.s.items()) == sorted(self.model.items())


TestSkipListMachine = SkipListMachine.TestCase


@given(keys=st.lists(st.integers(-50, 50), unique=True, max_size=40), seed=st.integers(0, 5))
def test_min_and_max_like_the_other_sorted_maps(keys, seed):
    s = SkipList.fromkeys(keys, seed=seed)
    if keys:
        assert (s.min(), s.max()) == (min(keys), max(keys))
    else:
        for method in (s.min, s.max):
            with pytest.raises(ValueError, match="empty skip list"):
                method()


def test_clear_makes_no_comparisons():
    tally = Tally()
    s = SkipList.fromkeys(counted(range(300), tally))
    tally.reset()
    s.clear()
    assert tally.comparisons == 0 and len(s) == 0 and list(s) == [] and s.height == 1
    s._check()
    s[counted([5], tally)[0]] = 1
    assert len(s) == 1
    s._check()
