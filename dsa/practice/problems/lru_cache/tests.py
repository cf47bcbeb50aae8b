"""Tests for lru-cache."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


class ModelCache:
    """The obvious, slow model: keys in a list from least to most recently used."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.order = []
        self.values = {}

    def get(self, key):
        if key not in self.values:
            return -1
        self.order.remove(key)
        self.order.append(key)
        return self.values[key]

    def put(self, key, value):
        if key in self.values:
            self.order.remove(key)
        elif len(self.order) == self.capacity:
            del self.values[self.order.pop(0)]
        self.order.append(key)
        self.values[key] = value


def expect_get(got, want, **inputs):
    expect_true(type(got) is int, f"get() should return an int, got {type(got).__name__}",
                **inputs)
    expect(got, want, **inputs)


def run(sol, capacity, operations):
    """Apply ``operations`` to a fresh LRUCache and to the model; every get must agree."""
    cache = sol.LRUCache(capacity)
    model = ModelCache(capacity)
    done = []
    for operation in operations:
        done.append(operation)
        if operation[0] == "put":
            cache.put(operation[1], operation[2])
            model.put(operation[1], operation[2])
        else:
            expect_get(cache.get(operation[1]), model.get(operation[1]), capacity=capacity,
                       operations=done)
    # finally read back every key used, which shows which keys survived
    for key in sorted({operation[1] for operation in operations}):
        done.append(("get", key))
        expect_get(cache.get(key), model.get(key), capacity=capacity, operations=done)


def test_example_read_refreshes(sol):
    run(sol, 2, [("put", 1, 10), ("put", 2, 20), ("get", 1), ("put", 3, 30), ("get", 2),
                 ("get", 3)])


def test_example_update_refreshes_without_evicting(sol):
    run(sol, 2, [("put", 1, 10), ("put", 2, 20), ("put", 1, 15), ("put", 3, 30), ("get", 1),
                 ("get", 2)])


def test_example_capacity_one(sol):
    run(sol, 1, [("put", 5, 50), ("put", 6, 60), ("get", 5), ("get", 6)])


def test_reads_decide_the_eviction(sol):
    run(sol, 3, [("put", 1, 1), ("put", 2, 2), ("put", 3, 3), ("get", 1), ("get", 2),
                 ("put", 4, 4), ("get", 3), ("get", 1), ("get", 2), ("get", 4)])


def test_get_from_empty(sol):
    run(sol, 3, [("get", 0), ("get", 7)])


def test_update_when_full_keeps_others(sol):
    run(sol, 2, [("put", 1, 1), ("put", 2, 2), ("put", 2, 3), ("get", 1), ("get", 2)])


def test_key_and_value_zero(sol):
    run(sol, 2, [("put", 0, 0), ("get", 0), ("put", 1, 0), ("get", 1), ("get", 0)])


def test_extreme_keys_and_values(sol):
    top = 10**9
    run(sol, 2, [("put", top, 0), ("get", top), ("put", 0, top), ("get", 0), ("put", 1, 1),
                 ("get", top), ("get", 0)])


operation = st.one_of(
    st.tuples(st.just("put"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("get"), st.integers(0, 2)),
)


@given(capacity=st.integers(1, 2), operations=st.lists(operation, max_size=10))
def test_matches_model(sol, capacity, operations):
    run(sol, capacity, operations)


def test_largest_full_cache(sol):
    # 200,000 calls: fill a cache of 100,000 with keys 0, 10**4, 2·10**4, ... (values 10**9 down),
    # read them newest-first, then put key 10**9, which evicts the oldest unread key, 0.
    n = 100_000
    cache = sol.LRUCache(n)
    for i in range(n):
        cache.put(i * 10_000, 10**9 - i * 10_000)
    # reading newest-first makes each read touch the far end of any O(n) recency list
    for i in reversed(range(2, n)):
        got = cache.get(i * 10_000)
        if got != 10**9 - i * 10_000:
            expect_get(got, 10**9 - i * 10_000, capacity=n,
                       operations=f"put keys 0, 10**4, ..., {(n - 1) * 10_000}; "
                                  f"get them newest first down to {i * 10_000}")
    cache.put(10**9, 10**9)
    expect_get(cache.get(0), -1, capacity=n,
               operations="put 100,000 keys; get all but the two oldest; put 10**9; get 0")


def test_many_evictions(sol):
    # 150,000 new keys through a cache of 50,000: 100,000 evictions. Finding the least recently
    # used key by scanning all 50,000 each time takes ~5·10⁹ steps.
    n = 50_000
    cache = sol.LRUCache(n)
    for key in range(3 * n):
        cache.put(key, key)
    got = [cache.get(key) for key in (0, 2 * n - 1, 2 * n, 3 * n - 1)]
    expect(got, [-1, -1, 2 * n, 3 * n - 1], capacity=n,
           operations=f"put keys 0..{3 * n - 1}; get 0, {2 * n - 1}, {2 * n}, {3 * n - 1}")
