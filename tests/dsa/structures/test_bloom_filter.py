"""Bloom filter: never a false negative; measured false-positive rate near the formula."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from dsa.structures.bloom_filter import BloomFilter

items = st.one_of(st.text(max_size=8), st.binary(max_size=8), st.integers())


@given(st.lists(items, max_size=200), st.integers(0, 3))
def test_no_false_negatives(added, seed):
    f = BloomFilter(capacity=50, error_rate=0.05, seed=seed)
    for x in added:
        f.add(x)
    assert all(x in f for x in added)
    assert len(f) == len(added)


@pytest.mark.parametrize(("capacity", "error_rate"), [(1000, 0.01), (2000, 0.05), (500, 0.001)])
def test_measured_false_positive_rate_is_near_the_formula(capacity, error_rate):
    f = BloomFilter(capacity, error_rate, seed=7)
    for i in range(capacity):
        f.add(f"member-{i}")
    trials = 20_000
    false_positives = sum(f"stranger-{i}" in f for i in range(trials))
    measured = false_positives / trials
    expected = f.expected_false_positive_rate()
    # Binomial standard deviation of the measurement, plus a small allowance for the formula's
    # independence approximation: a 5-sigma band is deterministic here (fixed seed) and safe.
    sigma = math.sqrt(expected * (1 - expected) / trials)
    assert abs(measured - expected) <= 5 * sigma + 0.1 * expected, (measured, expected)
    assert expected <= error_rate * 1.1  # the sizing rule meets the target


def test_sizing_formulas():
    f = BloomFilter(1000, 0.01)
    assert f.num_bits == math.ceil(-1000 * math.log(0.01) / math.log(2) ** 2) == 9586
    assert f.num_hashes == round(9586 / 1000 * math.log(2)) == 7
    # Fraction of bits set after n adds is near 1 - exp(-k n / m).
    for i in range(1000):
        f.add(i)
    assert abs(f.bits_set / f.num_bits - (1 - math.exp(-7 * 1000 / 9586))) < 0.02


def test_deterministic_across_instances_and_seed_changes_bits():
    a, b, c = BloomFilter(100, seed=1), BloomFilter(100, seed=1), BloomFilter(100, seed=2)
    for f in (a, b, c):
        f.add("hello")
    assert a._bits == b._bits and a._bits != c._bits


def test_type_tags_keep_equal_looking_items_apart():
    f = BloomFilter(100, 0.001)
    f.add("1")
    assert "1" in f and 1 not in f and b"1" not in f


def test_errors():
    with pytest.raises(ValueError, match="at least 1"):
        BloomFilter(0)
    with pytest.raises(ValueError, match="error_rate"):
        BloomFilter(10, 1.5)
    with pytest.raises(TypeError, match="must be an int"):
        BloomFilter(10.0)
    with pytest.raises(TypeError, match="str, bytes or int"):
        BloomFilter(10).add(("tuple",))
    with pytest.raises(TypeError, match="str, bytes or int"):
        BloomFilter(10).add(True)


def test_asking_for_an_item_that_cannot_be_added_is_false_like_a_set():
    # It used to raise TypeError, as `5 in Trie()` did: such an item was never added.
    f = BloomFilter(10)
    f.add("a")
    assert 1.5 not in f and ("tuple",) not in f and True not in f and None not in f
    assert "a" in f


class BloomMachine(RuleBasedStateMachine):
    """Invariant after every add: all added items present, and bits are only ever set."""

    def __init__(self):
        super().__init__()
        self.f = BloomFilter(capacity=20, error_rate=0.1, seed=3)
        self.added = []
        self.bits = bytes(self.f._bits)

    @rule(x=items)
    def add(self, x):
        self.f.add(x)
        self.added.append(x)

    @rule(x=items)
    def query(self, x):
        if x in self.added:
            assert x in self.f

    @invariant()
    def no_false_negatives_and_bits_only_grow(self):
        assert all(x in self.f for x in self.added)
        now = bytes(self.f._bits)
        assert all(old & ~new == 0 for old, new in zip(self.bits, now, strict=True))
        self.bits = now
        assert len(self.f) == len(self.added)


TestBloomMachine = BloomMachine.TestCase
