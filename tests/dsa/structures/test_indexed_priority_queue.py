"""IndexedMinPQ against a dict model (min by priority), with its position map checked each step."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from dsa.counting import Counted, Tally
from dsa.structures.indexed_priority_queue import IndexedMinPQ


@given(st.dictionaries(st.integers(0, 50), st.integers(-100, 100)))
def test_pops_in_priority_order(priorities):
    pq = IndexedMinPQ()
    for k, p in priorities.items():
        pq.push(k, p)
        pq._check()
    popped = [pq.pop() for _ in range(len(priorities))]
    assert sorted(p for _, p in popped) == [p for _, p in popped]
    assert dict(popped) == priorities


@given(
    st.dictionaries(st.integers(0, 30), st.integers(0, 100), min_size=1),
    st.lists(st.tuples(st.integers(0, 30), st.integers(0, 100))),
)
def test_decrease_key_matches_dict_model(start, updates):
    pq, model = IndexedMinPQ(), dict(start)
    for k, p in start.items():
        pq.push(k, p)
    for k, delta in updates:
        if k in model:
            model[k] -= delta
            pq.decrease_key(k, model[k])
            pq._check()
            assert pq.priority(k) == model[k]
    while model:
        key, priority = pq.pop()
        assert priority == min(model.values())
        assert model.pop(key) == priority
    assert not pq


def test_missing_key_and_empty_errors():
    pq = IndexedMinPQ()
    with pytest.raises(IndexError, match="empty priority queue"):
        pq.pop()
    with pytest.raises(IndexError, match="empty priority queue"):
        pq.peek()
    with pytest.raises(KeyError, match="not in the queue"):
        pq.priority("a")
    with pytest.raises(KeyError, match="not in the queue"):
        pq.decrease_key("a", 0)
    pq.push("a", 3)
    with pytest.raises(ValueError, match="already in the queue"):
        pq.push("a", 1)
    with pytest.raises(ValueError, match="only go down"):
        pq.decrease_key("a", 4)
    pq.decrease_key("a", 3)  # equal is allowed
    assert pq.peek() == ("a", 3) and "a" in pq and len(pq) == 1


def test_popped_key_can_be_pushed_again():
    pq = IndexedMinPQ()
    pq.push("a", 1)
    pq.pop()
    assert "a" not in pq
    pq.push("a", 2)
    assert pq.pop() == ("a", 2)


@pytest.mark.parametrize("n", [2**k for k in range(4, 12)])
def test_decrease_key_and_pop_cost_logarithmic_comparisons(n):
    tally = Tally()
    pq = IndexedMinPQ()
    for i in range(n):
        pq.push(i, Counted(i, tally))
    for key in range(n // 2, n):  # the leaves; each becomes the new minimum and climbs
        tally.reset()
        pq.decrease_key(key, Counted(-key, tally))
        assert tally.comparisons <= 1 + math.floor(math.log2(n))  # 1 for the "would raise?" check
        assert pq.peek()[0] == key  # it really did climb all the way
    while pq:
        size = len(pq)
        tally.reset()
        pq.pop()
        assert tally.comparisons <= 2 * max(1, math.floor(math.log2(size)))


def test_iter_and_repr():
    pq = IndexedMinPQ()
    pq.push("a", 2)
    pq.push("b", 1)
    assert sorted(pq) == ["a", "b"]
    assert repr(pq) == "IndexedMinPQ({'b': 1, 'a': 2})"


class IndexedPQMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.pq = IndexedMinPQ()
        self.model = {}

    @rule(key=st.integers(0, 20), priority=st.integers(-50, 50))
    def push(self, key, priority):
        if key in self.model:
            with pytest.raises(ValueError):
                self.pq.push(key, priority)
        else:
            self.pq.push(key, priority)
            self.model[key] = priority

    @rule(key=st.integers(0, 20), drop=st.integers(0, 30))
    def decrease(self, key, drop):
        if key not in self.model:
            with pytest.raises(KeyError):
                self.pq.decrease_key(key, 0)
            return
        self.model[key] -= drop
        self.pq.decrease_key(key, self.model[key])

    @precondition(lambda self: self.model)
    @rule()
    def pop(self):
        key, priority = self.pq.pop()
        assert priority == min(self.model.values())
        assert self.model.pop(key) == priority

    @invariant()
    def position_map_and_heap_order(self):
        self.pq._check()
        assert len(self.pq) == len(self.model)
        assert all(k in self.pq and self.pq.priority(k) == p for k, p in self.model.items())


TestIndexedPQMachine = IndexedPQMachine.TestCase
