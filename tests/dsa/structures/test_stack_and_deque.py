"""Stack against list, Deque and Queue against collections.deque, with ring-buffer wrap checked."""

from collections import deque

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from dsa.structures.deque import Deque, Queue
from dsa.structures.stack import Stack

deque_ops = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(["append", "appendleft"]), st.integers()),
        st.tuples(st.sampled_from(["pop", "popleft"])),
    )
)


@given(deque_ops)
def test_deque_matches_collections_deque(operations):
    d, model = Deque(), deque()
    for op, *args in operations:
        if op.startswith("pop") and not model:
            with pytest.raises(IndexError, match="empty deque"):
                getattr(d, op)()
        else:
            assert getattr(d, op)(*args) == getattr(model, op)(*args)
        d._check()
        assert list(d) == list(model)
        assert [d[i] for i in range(-len(model), len(model))] == list(model) * 2


@given(deque_ops)
def test_stack_matches_list(operations):
    s, model = Stack(), []
    for _op, *args in operations:
        if args:
            s.push(args[0])
            model.append(args[0])
        elif model:
            assert s.peek() == model[-1]
            assert s.pop() == model.pop()
        else:
            with pytest.raises(IndexError, match="empty stack"):
                s.pop()
        assert list(s) == model[::-1] and len(s) == len(model) and bool(s) == bool(model)


def test_ring_wraps_without_growing():
    d = Deque([0, 1, 2])  # capacity 4
    for i in range(3, 100):
        d.popleft()
        d.append(i)
        d._check()
        assert d.capacity == 4
    assert list(d) == [97, 98, 99]
    assert d._head != 0  # the front has moved round the ring


def test_growth_unwraps_and_shrink():
    d = Deque()
    for i in range(4):
        d.appendleft(i)  # head walks backwards round the ring
    d.append(99)  # full: copy into 8 slots, front at slot 0
    assert d.capacity == 8 and d._head == 0 and list(d) == [3, 2, 1, 0, 99]
    for _ in range(3):
        d.pop()
    assert d.capacity == 4 and list(d) == [3, 2]


def test_queue_fifo_and_errors():
    q = Queue([1, 2])
    q.push(3)
    assert [q.pop() for _ in range(3)] == [1, 2, 3]
    for call in (q.pop, q.peek):
        with pytest.raises(IndexError, match="empty queue"):
            call()
    with pytest.raises(IndexError, match="empty stack"):
        Stack().peek()
    with pytest.raises(IndexError, match="out of range"):
        Deque([1])[1]
    with pytest.raises(TypeError, match="must be integers"):
        Deque([1])[0.5]
    assert repr(Stack([1, 2])) == "Stack([1, 2])" and repr(Deque([1])) == "Deque([1])"


class DequeMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.d = Deque()
        self.model = deque()

    @rule(x=st.integers())
    def append(self, x):
        self.d.append(x)
        self.model.append(x)

    @rule(x=st.integers())
    def appendleft(self, x):
        self.d.appendleft(x)
        self.model.appendleft(x)

    @precondition(lambda self: self.model)
    @rule()
    def pop(self):
        assert self.d.pop() == self.model.pop()

    @precondition(lambda self: self.model)
    @rule()
    def popleft(self):
        assert self.d.popleft() == self.model.popleft()

    @precondition(lambda self: self.model)
    @rule(data=st.data(), x=st.integers())
    def setitem(self, data, x):
        i = data.draw(st.integers(-len(self.model), len(self.model) - 1))
        self.d[i] = x
        self.model[i] = x

    @invariant()
    def ring(self):
        self.d._check()
        assert list(self.d) == list(self.model)
        assert len(self.d) <= self.d.capacity <= max(4, 4 * len(self.d))


class QueueMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.q = Queue()
        self.model = deque()

    @rule(x=st.integers())
    def push(self, x):
        self.q.push(x)
        self.model.append(x)

    @precondition(lambda self: self.model)
    @rule()
    def pop(self):
        assert self.q.peek() == self.model[0]
        assert self.q.pop() == self.model.popleft()

    @invariant()
    def same(self):
        self.q._items._check()
        assert list(self.q) == list(self.model) and len(self.q) == len(self.model)


class StackMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.s = Stack()
        self.model = []

    @rule(x=st.integers())
    def push(self, x):
        self.s.push(x)
        self.model.append(x)

    @precondition(lambda self: self.model)
    @rule()
    def pop(self):
        assert self.s.peek() == self.model[-1]
        assert self.s.pop() == self.model.pop()

    @invariant()
    def top_is_last(self):
        assert list(self.s) == self.model[::-1] and len(self.s) == len(self.model)


TestDequeMachine = DequeMachine.TestCase
TestStackMachine = StackMachine.TestCase
TestQueueMachine = QueueMachine.TestCase


def test_one_place_containers_share_push_pop_peek_and_two_ended_ones_share_deque_names():
    from dsa.structures import (
        Deque,
        DoublyLinkedList,
        IndexedMinPQ,
        MinHeap,
        Queue,
        SinglyLinkedList,
        Stack,
    )

    for one_place in (Stack, Queue, MinHeap, IndexedMinPQ):
        assert all(callable(getattr(one_place, name, None)) for name in ("push", "pop", "peek"))
    for two_ended in (Deque, DoublyLinkedList):
        assert all(callable(getattr(two_ended, name, None))
                   for name in ("append", "appendleft", "pop", "popleft"))
    # A singly linked list cannot pop its back in O(1), so it offers the other three only.
    assert all(callable(getattr(SinglyLinkedList, name, None))
               for name in ("append", "appendleft", "popleft"))
    for cls in (Stack, Queue, Deque, SinglyLinkedList, DoublyLinkedList):
        for old in ("push_front", "push_back", "pop_front", "pop_back", "enqueue", "dequeue"):
            assert not hasattr(cls, old), f"{cls.__name__}.{old}"
