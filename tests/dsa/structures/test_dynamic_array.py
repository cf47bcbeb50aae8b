"""DynamicArray against list, a stateful model, and counted copies per append."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from dsa.structures.dynamic_array import DynamicArray

ops = st.lists(
    st.one_of(
        st.tuples(st.just("append"), st.integers()),
        st.tuples(st.just("insert"), st.integers(-10, 10), st.integers()),
        st.tuples(st.just("pop"), st.integers(-10, 10)),
        st.tuples(st.just("set"), st.integers(-10, 10), st.integers()),
    )
)


@given(ops)
def test_matches_list(operations):
    a, model = DynamicArray(), []
    for op, *args in operations:
        if op == "append":
            a.append(args[0])
            model.append(args[0])
        elif op == "insert":
            a.insert(*args)
            model.insert(*args)
        elif op == "pop":
            if -len(model) <= args[0] < len(model):
                assert a.pop(args[0]) == model.pop(args[0])
            else:
                with pytest.raises(IndexError):
                    a.pop(args[0])
        elif -len(model) <= args[0] < len(model):
            a[args[0]] = args[1]
            model[args[0]] = args[1]
        a._check()
        assert list(a) == model and len(a) == len(model)
        assert a.capacity >= len(a)


@given(st.lists(st.integers()), st.integers(-12, 12), st.integers(-12, 12))
def test_indexing_and_slicing_match_list(xs, i, j):
    a = DynamicArray(xs)
    assert a[i:j] == xs[i:j]
    assert a[::-1] == xs[::-1]
    if -len(xs) <= i < len(xs):
        assert a[i] == xs[i]
    else:
        with pytest.raises(IndexError, match="out of range"):
            a[i]
    assert (i in a) == (i in xs)
    if xs:
        assert a.index(xs[-1]) == xs.index(xs[-1])  # from the MutableSequence mixin


@pytest.mark.parametrize("growth", [1.5, 2.0, 3.0])
def test_amortised_copies_per_append_are_bounded(growth):
    # Growing by factor g, the copies made to reach n elements are at most about
    # n + n/g + n/g**2 + ... = n * g / (g - 1): a constant per append, whatever n is.
    a = DynamicArray(growth=growth)
    worst = 0.0
    for n in range(1, 20_001):
        a.append(n)
        if n >= 100:
            worst = max(worst, a.copies / n)
    assert worst <= growth / (growth - 1) + 0.05
    assert a.capacity <= growth * len(a) + 1


def test_doubling_copies_exactly_one_less_than_a_power_of_two():
    a = DynamicArray()
    for i in range(1025):
        a.append(i)
    assert (a.copies, a.capacity) == (1 + 2 + 4 + 8 + 16 + 32 + 64 + 128 + 256 + 512 + 1024, 2048)


def test_near_constant_growth_copies_quadratically():
    # growth=1.01 on small sizes adds one slot at a time: every append past the first copies.
    a = DynamicArray(growth=1.01)
    for i in range(50):
        a.append(i)
    assert a.copies == sum(range(1, 50))


def test_shrinks_at_a_quarter_and_push_pop_at_the_boundary_is_cheap():
    a = DynamicArray(range(64))
    assert a.capacity == 64
    for _ in range(48):
        a.pop()
    assert (len(a), a.capacity) == (16, 32)
    copies = a.copies
    for _ in range(100):  # thrash across the old shrink point: no copies
        a.append(0)
        a.pop()
    assert a.copies == copies


def test_errors():
    with pytest.raises(ValueError, match="growth must be > 1"):
        DynamicArray(growth=1)
    a = DynamicArray([1])
    with pytest.raises(TypeError, match="must be integers"):
        a["0"]
    with pytest.raises(TypeError, match="slice"):
        a[0:1] = [2]
    with pytest.raises(IndexError, match="empty"):
        DynamicArray().pop()
    assert a == [1] and a != [2] and a == DynamicArray([1])


class DynamicArrayMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.a = DynamicArray()
        self.model = []

    @rule(x=st.integers())
    def append(self, x):
        self.a.append(x)
        self.model.append(x)

    @rule(i=st.integers(-5, 5), x=st.integers())
    def insert(self, i, x):
        self.a.insert(i, x)
        self.model.insert(i, x)

    @precondition(lambda self: self.model)
    @rule()
    def pop(self):
        assert self.a.pop() == self.model.pop()

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete(self, data):
        i = data.draw(st.integers(-len(self.model), len(self.model) - 1))
        del self.a[i]
        del self.model[i]

    @invariant()
    def same_as_list(self):
        self.a._check()
        assert list(self.a) == self.model
        assert len(self.a) <= self.a.capacity


TestDynamicArrayMachine = DynamicArrayMachine.TestCase


class ReadCountingBlock(list):
    """A block of slots that counts the reads made from it."""

    reads = 0

    def __getitem__(self, index):
        ReadCountingBlock.reads += 1
        return super().__getitem__(index)


@pytest.mark.parametrize(("start", "stop", "step"), [(0, 1000, 1), (10, 20, 1), (0, 1000, 7),
                                                     (999, 0, -3), (5, 5, 1)])
def test_a_slice_costs_its_length_not_one_step(start, stop, step):
    # The table used to say O(1) for slices too; a slice of k items costs k reads and k
    # copies, and before the fix its new array also grew by doubling, adding resize copies.
    a = DynamicArray(range(1000))
    a._slots = ReadCountingBlock(a._slots)
    ReadCountingBlock.reads = 0
    part = a[start:stop:step]
    k = len(range(start, stop, step))
    assert list(part) == list(range(1000))[start:stop:step]
    assert ReadCountingBlock.reads == k and part.copies == 0 and part.capacity == max(k, 1)
    part.append("more")  # the new array is an ordinary one
    part._check()
