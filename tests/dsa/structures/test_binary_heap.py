"""MinHeap and MaxHeap against heapq and sorted, a stateful model, and comparison counts."""

import heapq
import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from dsa.counting import Tally, counted
from dsa.structures.binary_heap import MaxHeap, MinHeap

ints = st.lists(st.integers(-1000, 1000))


@given(ints)
def test_heapify_then_pop_all_is_sorted(xs):
    h = MinHeap(xs)
    h._check()
    assert [h.pop() for _ in range(len(xs))] == sorted(xs)
    assert not h


@given(ints, ints)
def test_interleaved_push_pop_matches_heapq(first, second):
    h, model = MinHeap(first), list(first)
    heapq.heapify(model)
    for x in second:
        h.push(x)
        heapq.heappush(model, x)
        assert h.peek() == model[0]
        if x % 3 == 0:
            assert h.pop() == heapq.heappop(model)
    assert sorted(h) == sorted(model)
    assert len(h) == len(model)


@given(st.lists(st.text(max_size=5)))
def test_key_orders_like_sorted_and_is_stable(words):
    h = MinHeap(words, key=len)
    assert [h.pop() for _ in words] == sorted(words, key=len)


@given(st.lists(st.text(max_size=5)))
def test_maxheap_with_key_is_stable_reverse(words):
    h = MaxHeap(key=len)
    for w in words:
        h.push(w)
    h._check()
    # sorted(reverse=True) keeps equal keys in original order, as the heap does.
    assert [h.pop() for _ in words] == sorted(words, key=len, reverse=True)


@given(ints)
def test_maxheap_pops_descending(xs):
    h = MaxHeap(xs)
    assert [h.pop() for _ in xs] == sorted(xs, reverse=True)


def test_key_never_compares_items():
    class NoOrder:
        pass

    items = [NoOrder() for _ in range(5)]
    h = MinHeap(items, key=lambda _: 0)
    assert [h.pop() for _ in items] == items


@pytest.mark.parametrize("cls", [MinHeap, MaxHeap])
def test_empty_heap_raises_index_error(cls):
    h = cls()
    with pytest.raises(IndexError, match="empty heap"):
        h.pop()
    with pytest.raises(IndexError, match="empty heap"):
        h.peek()


def test_repr_len_bool_iter():
    h = MinHeap([2, 1])
    assert repr(h) == "MinHeap([1, 2])"
    assert repr(MaxHeap([1, 2])) == "MaxHeap([2, 1])"
    assert len(h) == 2 and h and not MinHeap()
    assert sorted(iter(h)) == [1, 2]


def _push_comparisons(n: int) -> int:
    """Comparisons to push n strictly decreasing values: each new value climbs to the root."""
    tally = Tally()
    h = MinHeap()
    for value in counted(range(n, 0, -1), tally):
        h.push(value)
    return tally.comparisons


@pytest.mark.parametrize("n", [2**k for k in range(4, 12)])
def test_push_worst_case_is_logarithmic(n):
    # The i-th push (1-based) climbs floor(log2 i) levels: one comparison per level.
    assert _push_comparisons(n) == sum(math.floor(math.log2(i)) for i in range(1, n + 1))


def test_push_cost_per_item_grows_by_about_one_per_doubling():
    per_item = [_push_comparisons(n) / n for n in (1024, 2048, 4096)]
    steps = [b - a for a, b in itertools.pairwise(per_item)]
    assert all(0.9 < s < 1.1 for s in steps), steps


@pytest.mark.parametrize("n", [2**k for k in range(4, 12)])
def test_pop_uses_at_most_two_log_n_comparisons(n):
    tally = Tally()
    h = MinHeap(counted(range(n), tally))
    assert tally.comparisons <= 2 * n  # heapify is linear
    while h:
        size = len(h)
        tally.reset()
        h.pop()
        assert tally.comparisons <= 2 * max(1, math.floor(math.log2(size)))


class HeapMachine(RuleBasedStateMachine):
    """A MinHeap and a MaxHeap driven together; heapq holds x (min) and -x (max) as models."""

    def __init__(self):
        super().__init__()
        self.heap, self.max_heap = MinHeap(), MaxHeap()
        self.model, self.max_model = [], []

    @rule(x=st.integers(-50, 50))
    def push(self, x):
        self.heap.push(x)
        self.max_heap.push(x)
        heapq.heappush(self.model, x)
        heapq.heappush(self.max_model, -x)

    @precondition(lambda self: self.model)
    @rule()
    def pop(self):
        assert self.heap.pop() == heapq.heappop(self.model)
        assert self.max_heap.pop() == -heapq.heappop(self.max_model)

    @precondition(lambda self: self.model)
    @rule()
    def peek(self):
        assert self.heap.peek() == self.model[0]
        assert self.max_heap.peek() == -self.max_model[0]

    @invariant()
    def heap_order_and_size(self):
        self.heap._check()
        self.max_heap._check()
        assert len(self.heap) == len(self.max_heap) == len(self.model)


TestHeapMachine = HeapMachine.TestCase
