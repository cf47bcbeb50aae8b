"""LRUCache against an OrderedDict model, and memoize against functools.lru_cache."""

import functools
from collections import OrderedDict

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from dsa.structures.lru_cache import LRUCache, memoize


class OrderedDictLRU:
    """The model: an OrderedDict kept in recency order, least recent first."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.d = OrderedDict()

    def get(self, key):
        if key not in self.d:
            return None
        self.d.move_to_end(key)
        return self.d[key]

    def put(self, key, value):
        self.d[key] = value
        self.d.move_to_end(key)
        if len(self.d) > self.capacity:
            self.d.popitem(last=False)


@given(
    st.integers(1, 5),
    st.lists(st.tuples(st.booleans(), st.integers(0, 8), st.integers())),
)
def test_matches_ordered_dict_model(capacity, operations):
    cache, model = LRUCache(capacity), OrderedDictLRU(capacity)
    for is_put, k, v in operations:
        if is_put:
            cache.put(k, v)
            model.put(k, v)
        else:
            assert cache.get(k) == model.get(k)
        cache._check()
        assert list(cache.items()) == list(model.d.items())


def test_hits_misses_and_recency():
    c = LRUCache(2)
    c["a"] = 1
    c["b"] = 2
    assert c["a"] == 1 and c.get("z") is None
    c["c"] = 3  # evicts b
    assert list(c) == ["a", "c"] and (c.hits, c.misses) == (1, 1)
    assert "a" in c and list(c) == ["a", "c"]  # membership is not a use
    del c["a"]
    assert list(c) == ["c"]


def test_memoize_matches_functools_lru_cache():
    calls = []

    def slow_square(x, offset=0):
        calls.append(x)
        return x * x + offset

    ours = memoize(capacity=3)(slow_square)
    theirs = functools.lru_cache(maxsize=3)(lambda x, offset=0: x * x + offset)
    for x in [1, 2, 3, 1, 4, 2, 5, 1, 1, 3]:
        assert ours(x) == theirs(x)
    info = theirs.cache_info()
    assert (ours.cache.hits, ours.cache.misses) == (info.hits, info.misses)
    assert len(calls) == info.misses
    assert ours(2, offset=1) == 5 and ours.__name__ == "slow_square"


def test_errors():
    with pytest.raises(ValueError, match="at least 1"):
        LRUCache(0)
    with pytest.raises(TypeError, match="must be an int"):
        LRUCache(2.0)
    c = LRUCache(1)
    with pytest.raises(KeyError):
        c["missing"]
    with pytest.raises(KeyError):
        del c["missing"]
    assert repr(c) == "LRUCache(1, {})"


class LRUMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.cache = LRUCache(3)
        self.model = OrderedDictLRU(3)

    @rule(k=st.integers(0, 6), v=st.integers())
    def put(self, k, v):
        self.cache[k] = v
        self.model.put(k, v)

    @rule(k=st.integers(0, 6))
    def get(self, k):
        assert self.cache.get(k) == self.model.get(k)

    @rule(k=st.integers(0, 6))
    def delete(self, k):
        if k in self.model.d:
            del self.cache[k]
            del self.model.d[k]
        else:
            with pytest.raises(KeyError):
                del self.cache[k]

    @invariant()
    def capacity_and_order(self):
        self.cache._check()
        assert len(self.cache) <= 3
        assert list(self.cache.items()) == list(self.model.d.items())


TestLRUMachine = LRUMachine.TestCase


def test_memoize_keeps_keyword_and_positional_calls_apart():
    # Before the fix the key of f(1, k=2) was ((1,), (("k", 2),)), the same as the key of
    # f((1,), (("k", 2),)) without keywords, so the second call returned the first one's result.
    @memoize(capacity=8)
    def f(*args, **kwargs):
        return args, kwargs

    assert f(1, k=2) == ((1,), {"k": 2})
    assert f((1,), (("k", 2),)) == (((1,), (("k", 2),)), {})
    assert f(k=2) == ((), {"k": 2}) and f(()) == (((),), {})
    assert f(1, k=2) == ((1,), {"k": 2}) and f.cache.hits == 1


def test_views_are_live_like_dicts_and_do_not_count_as_uses():
    c = LRUCache(3)
    c.update({"a": 1, "b": 2})
    keys, values, items = c.keys(), c.values(), c.items()
    c["c"] = 3
    assert list(keys) == ["a", "b", "c"] and list(values) == [1, 2, 3]
    assert list(items) == [("a", 1), ("b", 2), ("c", 3)] and len(items) == 3
    assert ("a", 1) in items and ("a", 2) not in items and "a" not in items
    assert c.hits == 0 and list(c) == ["a", "b", "c"]  # looking is not using
    assert c == {"a": 1, "b": 2, "c": 3} and c != {"a": 1}
    assert c.setdefault("a", 9) == 1 and list(c) == ["b", "c", "a"]  # a read is a use
    assert c.pop("b") == 2 and list(c) == ["c", "a"]
    c.clear()
    assert len(c) == 0 and c.capacity == 3
    c._check()
