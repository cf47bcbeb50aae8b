"""Singly and doubly linked lists against list and collections.deque."""

from collections import deque

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from dsa.structures.linked_list import DoublyLinkedList, SinglyLinkedList


@given(st.lists(st.integers(0, 5)), st.lists(st.integers(0, 5)))
@pytest.mark.parametrize("cls", [SinglyLinkedList, DoublyLinkedList])
def test_remove_reverse_index_contains_match_list(cls, xs, removals):
    lst, model = cls(xs), list(xs)
    for x in removals:
        if x in model:
            lst.remove(x)
            model.remove(x)
        else:
            with pytest.raises(ValueError, match="not in the linked list"):
                lst.remove(x)
        lst._check()
    assert list(lst) == model and len(lst) == len(model)
    assert [lst[i] for i in range(-len(model), len(model))] == model + model
    assert all((x in lst) == (x in model) for x in range(7))
    lst.reverse()
    lst._check()
    assert list(lst) == model[::-1]


def test_doubly_reversed_and_ends():
    d = DoublyLinkedList([1, 2, 3])
    assert list(reversed(d)) == [3, 2, 1]
    assert (d.first.value, d.last.value) == (1, 3)
    d.reverse()
    assert list(reversed(d)) == [1, 2, 3]
    d._check()


def test_errors():
    for lst in (SinglyLinkedList(), DoublyLinkedList()):
        with pytest.raises(IndexError, match="empty linked list"):
            lst.popleft()
        with pytest.raises(IndexError, match="out of range"):
            lst[0]
        with pytest.raises(TypeError, match="must be integers"):
            lst["a"]
    with pytest.raises(IndexError, match="empty linked list"):
        DoublyLinkedList().pop()
    with pytest.raises(IndexError, match="no first node"):
        _ = DoublyLinkedList().first
    with pytest.raises(IndexError, match="no last node"):
        _ = DoublyLinkedList().last


class SinglyMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.lst = SinglyLinkedList()
        self.model = deque()

    @rule(x=st.integers())
    def appendleft(self, x):
        self.lst.appendleft(x)
        self.model.appendleft(x)

    @rule(x=st.integers())
    def append(self, x):
        self.lst.append(x)
        self.model.append(x)

    @precondition(lambda self: self.model)
    @rule()
    def popleft(self):
        assert self.lst.popleft() == self.model.popleft()

    @rule()
    def reverse(self):
        self.lst.reverse()
        self.model.reverse()

    @invariant()
    def same(self):
        self.lst._check()
        assert list(self.lst) == list(self.model)
        assert (self.lst.tail is None) == (not self.model)
        if self.model:
            assert self.lst.tail.value == self.model[-1]


class DoublyMachine(RuleBasedStateMachine):
    """Model: a list of [node, value]; nodes handed out are moved and unlinked directly."""

    def __init__(self):
        super().__init__()
        self.lst = DoublyLinkedList()
        self.model = []  # node handles, front to back

    @rule(x=st.integers())
    def appendleft(self, x):
        self.model.insert(0, self.lst.appendleft(x))

    @rule(x=st.integers())
    def append(self, x):
        self.model.append(self.lst.append(x))

    @precondition(lambda self: self.model)
    @rule()
    def popleft(self):
        assert self.lst.popleft() == self.model.pop(0).value

    @precondition(lambda self: self.model)
    @rule()
    def pop(self):
        assert self.lst.pop() == self.model.pop().value

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def unlink(self, data):
        node = self.model.pop(data.draw(st.integers(0, len(self.model) - 1)))
        assert self.lst.unlink(node) == node.value

    @precondition(lambda self: self.model)
    @rule(data=st.data(), to_front=st.booleans())
    def move(self, data, to_front):
        node = self.model.pop(data.draw(st.integers(0, len(self.model) - 1)))
        if to_front:
            self.lst.move_to_front(node)
            self.model.insert(0, node)
        else:
            self.lst.move_to_back(node)
            self.model.append(node)

    @invariant()
    def same(self):
        self.lst._check()
        assert list(self.lst.nodes()) == self.model
        assert list(reversed(self.lst)) == [n.value for n in reversed(self.model)]


TestSinglyMachine = SinglyMachine.TestCase
TestDoublyMachine = DoublyMachine.TestCase


def test_unlinking_a_node_not_in_the_list_is_refused_and_changes_nothing():
    # Before the fix each of these decremented len: it went negative and the ring broke.
    a, b = DoublyLinkedList([1, 2]), DoublyLinkedList([3])
    node = a.append(9)
    assert a.unlink(node) == 9
    for stranger in (node, b.first):  # already unlinked; belongs to b
        for operation in (a.unlink, a.move_to_front, a.move_to_back):
            with pytest.raises(ValueError, match="not in this list"):
                operation(stranger)
    assert list(a) == [1, 2] and len(a) == 2 and list(b) == [3] and len(b) == 1
    a._check()
    b._check()
    moved = b.popleft()
    assert moved == 3 and len(b) == 0
    b._check()


@pytest.mark.parametrize("cls", [SinglyLinkedList, DoublyLinkedList])
def test_lists_compare_by_value_like_list(cls):
    assert cls([1, 2]) == cls([1, 2]) and cls() == cls()
    assert cls([1, 2]) != cls([2, 1]) and cls([1]) != cls([1, 1])
    assert cls([1]) != [1]  # like list == deque: only its own kind
    with pytest.raises(TypeError):
        hash(cls())
