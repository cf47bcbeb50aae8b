"""Hash maps: find a key in O(1) on average by computing where it should be stored.

A hash map keeps an array of ``capacity`` slots and stores key ``k`` near one slot computed
from ``hash(k)``, its *home*. Looking a key up means hashing it and looking only near
home, instead of searching everything. Two keys can share a home (a *collision*), and the two
classic answers give the two classes here:

* **Separate chaining** (:class:`ChainedHashMap`): each slot holds a small list (a *bucket*) of
  ``(key, value)`` pairs; colliding keys share the bucket. Invariant: every key sits in the
  bucket of its home slot.
* **Open addressing with linear probing** (:class:`OpenAddressingHashMap`): each slot holds at
  most one key; a key whose home is taken goes in the next free slot (home + 1, + 2, ...,
  wrapping). A lookup walks from home until it finds the key or an *empty* slot. Deleting
  cannot simply empty a slot, since that would cut the walk to keys stored beyond it; it leaves
  a *tombstone* that lookups step over and inserts may reuse. Invariant: every key is reachable
  from its home by probing forward without passing an empty slot.

Both keep the **load factor** ``alpha = len / capacity`` bounded by resizing (to double the
capacity, rehashing every key) when it passes a limit: 0.75 for chaining, 2/3 for probing, where
tombstones count as load. The probing map sizes its new table for the live keys alone, so a
table clogged with tombstones is rebuilt at the same size rather than doubled. With ``alpha``
bounded and a hash that spreads keys, a bucket holds O(1) pairs on average and a probe walk is
O(1) steps on average (about ``(1 + 1 / (1 - alpha)) / 2`` for a hit under linear probing,
Knuth's estimate), and as with dynamic arrays, the O(n) cost of a resize averages out to O(1)
per insert.

| operation            | time (average; worst) | extra space    |
|----------------------|-----------------------|----------------|
| ``m[k]``, ``k in m`` | O(1); O(n)            | O(1)           |
| ``m[k] = v``         | O(1) amortised; O(n)  | O(1) amortised |
| ``del m[k]``         | O(1); O(n)            | O(1)           |
| iteration            | O(capacity) = O(n)    | O(1)           |

**Mixing the hash.** The capacity is always a power of two, ``2**b``, and the obvious home,
``hash(k) % 2**b``, keeps only the low ``b`` bits of the hash. Python hashes an int to itself,
so keys that are multiples of ``2**16`` (ids, addresses, scaled values) all have the same low
bits and would all share slot 0: every lookup would walk past half the keys. So the home is
computed by **Fibonacci hashing** (Knuth, TAOCP vol. 3, 6.4): multiply the hash by the odd
64-bit constant ``0x9E3779B97F4A7C15`` (``2**64`` divided by the golden ratio, the constant
``biology/phyllotaxis.py`` derives) modulo ``2**64`` and keep the *top* ``b`` bits. Every bit
of the hash reaches the top bits through the multiplication, and consecutive keys land far
apart, the way successive leaves at the golden angle never line up. (``dict`` solves the same
problem differently, folding the high bits in while it probes.)

The worst case is every key sharing one home. Each map holds O(n) space. Both are
:class:`collections.abc.MutableMapping` subclasses, so ``get``, ``pop``, ``setdefault``,
``update``, ``items`` and ``==`` behave as for ``dict``; missing keys raise ``KeyError(key)``
exactly as ``dict`` does. Iteration follows slot order, not insertion order. Each map counts
the slots or pairs it inspects in ``probes``, so the O(1) average can be measured.

>>> m = ChainedHashMap(); m["a"] = 1; m["b"] = 2; del m["a"]
>>> dict(m), len(m)
({'b': 2}, 1)
>>> o = OpenAddressingHashMap({"x": 1}); o["x"] += 1; o["x"]
2
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator, Mapping, MutableMapping
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

__all__ = ["ChainedHashMap", "OpenAddressingHashMap"]

_INITIAL_CAPACITY = 8  # capacities stay powers of two: ``_home`` keeps the top bits
_GOLDEN = 0x9E3779B97F4A7C15  # floor(2**64 / golden ratio), which is odd already
_MASK64 = (1 << 64) - 1


def _home(key: Hashable, capacity: int) -> int:
    """Fibonacci hashing: the top ``log2(capacity)`` bits of ``hash(key) * _GOLDEN mod 2**64``.

    >>> [_home(k << 16, 8) for k in range(4)]   # % 8 would give [0, 0, 0, 0]
    [0, 3, 7, 3]
    """
    return ((hash(key) * _GOLDEN) & _MASK64) >> (65 - capacity.bit_length())


def _pairs(items: Mapping[K, V] | Iterable[tuple[K, V]]) -> Iterable[tuple[K, V]]:
    return items.items() if isinstance(items, Mapping) else items


class ChainedHashMap(MutableMapping[K, V]):
    """A hash map whose slots are buckets (lists) of key-value pairs; grows past load 0.75.

    >>> m = ChainedHashMap([("one", 1), ("two", 2)])
    >>> m["two"], "three" in m, m.get("three", 3)
    (2, False, 3)
    >>> m["three"]
    Traceback (most recent call last):
        ...
    KeyError: 'three'
    """

    max_load = 0.75

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self._buckets: list[list[list[Any]]] = [[] for _ in range(_INITIAL_CAPACITY)]
        self._n = 0
        self.probes = 0
        for k, v in _pairs(items):
            self[k] = v

    @property
    def capacity(self) -> int:
        """Number of buckets. O(1).

        >>> ChainedHashMap().capacity
        8
        """
        return len(self._buckets)

    @property
    def load_factor(self) -> float:
        """Pairs per bucket, kept at or below ``max_load``. O(1).

        >>> ChainedHashMap({1: 1, 2: 2}).load_factor
        0.25
        """
        return self._n / len(self._buckets)

    def _bucket(self, key: K) -> list[list[Any]]:
        return self._buckets[_home(key, len(self._buckets))]

    def _find(self, bucket: list[list[Any]], key: K) -> list[Any] | None:
        for pair in bucket:
            self.probes += 1
            if pair[0] is key or pair[0] == key:
                return pair
        return None

    def __getitem__(self, key: K) -> V:
        """The value for ``key``; ``KeyError(key)`` if absent. O(1) average.

        >>> ChainedHashMap({"k": "v"})["k"]
        'v'
        """
        pair = self._find(self._bucket(key), key)
        if pair is None:
            raise KeyError(key)
        return pair[1]

    def __setitem__(self, key: K, value: V) -> None:
        """Insert or replace the value for ``key``. O(1) amortised average.

        >>> m = ChainedHashMap(); m[1] = "a"; m[1] = "b"; m
        ChainedHashMap({1: 'b'})
        """
        bucket = self._bucket(key)
        pair = self._find(bucket, key)
        if pair is not None:
            pair[1] = value
            return
        bucket.append([key, value])
        self._n += 1
        if self._n > self.max_load * len(self._buckets):
            self._resize(2 * len(self._buckets))

    def __delitem__(self, key: K) -> None:
        """Remove ``key``; ``KeyError(key)`` if absent. O(1) average.

        >>> m = ChainedHashMap({1: 1}); del m[1]; len(m)
        0
        """
        bucket = self._bucket(key)
        pair = self._find(bucket, key)
        if pair is None:
            raise KeyError(key)
        bucket.remove(pair)
        self._n -= 1

    def _resize(self, capacity: int) -> None:
        old = self._buckets
        self._buckets = [[] for _ in range(capacity)]
        for bucket in old:
            for pair in bucket:
                self._bucket(pair[0]).append(pair)

    def clear(self) -> None:
        """Remove every key, back to the initial capacity. O(1) (the old table is dropped).

        >>> m = ChainedHashMap({1: 1}); m.clear(); len(m), m.capacity
        (0, 8)
        """
        self._buckets = [[] for _ in range(_INITIAL_CAPACITY)]
        self._n = 0

    def __len__(self) -> int:
        """Number of keys. O(1).

        >>> len(ChainedHashMap({1: 1, 2: 2}))
        2
        """
        return self._n

    def __iter__(self) -> Iterator[K]:
        """The keys, bucket by bucket. O(capacity).

        >>> sorted(ChainedHashMap({2: 0, 1: 0}))
        [1, 2]
        """
        for bucket in self._buckets:
            for pair in list(bucket):
                yield pair[0]

    def __repr__(self) -> str:
        """Show the pairs as a dict literal (slot order).

        >>> ChainedHashMap({1: 2})
        ChainedHashMap({1: 2})
        """
        return f"{type(self).__name__}({dict(self.items())!r})"

    def _check(self) -> None:
        """Assert the invariants; used by the tests. O(n).

        >>> ChainedHashMap({1: 1})._check()
        """
        count = 0
        for i, bucket in enumerate(self._buckets):
            for key, _ in bucket:
                assert _home(key, len(self._buckets)) == i, f"{key!r} is in the wrong bucket"
                count += 1
        assert count == self._n and self._n <= self.max_load * len(self._buckets)


class _Marker:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


_EMPTY = _Marker("EMPTY")
_TOMBSTONE = _Marker("TOMBSTONE")


class OpenAddressingHashMap(MutableMapping[K, V]):
    """A hash map storing one key per slot, probing linearly; resizes past load 2/3.

    >>> m = OpenAddressingHashMap({"a": 1, "b": 2})
    >>> del m["a"]; m["c"] = 3
    >>> sorted(m.items()), m.pop("b"), len(m)
    ([('b', 2), ('c', 3)], 2, 1)
    >>> del m["zzz"]
    Traceback (most recent call last):
        ...
    KeyError: 'zzz'
    """

    max_load = 2 / 3

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self._keys: list[Any] = [_EMPTY] * _INITIAL_CAPACITY
        self._values: list[Any] = [None] * _INITIAL_CAPACITY
        self._n = 0  # live keys
        self._used = 0  # live keys plus tombstones: what probe walks actually cross
        self.probes = 0
        for k, v in _pairs(items):
            self[k] = v

    @property
    def capacity(self) -> int:
        """Number of slots. O(1).

        >>> OpenAddressingHashMap().capacity
        8
        """
        return len(self._keys)

    @property
    def load_factor(self) -> float:
        """Live keys per slot. O(1).

        >>> OpenAddressingHashMap({1: 1, 2: 2}).load_factor
        0.25
        """
        return self._n / len(self._keys)

    def _probe(self, key: K) -> tuple[int, int]:
        """Walk from ``key``'s home: (slot holding key or -1, first reusable slot)."""
        keys = self._keys
        capacity = len(keys)
        i = _home(key, capacity)
        reusable = -1
        while True:
            self.probes += 1
            k = keys[i]
            if k is _EMPTY:
                return -1, i if reusable < 0 else reusable
            if k is _TOMBSTONE:
                if reusable < 0:
                    reusable = i
            elif k is key or k == key:
                return i, i
            i = (i + 1) % capacity  # the resize rule keeps an empty slot, so this ends

    def __getitem__(self, key: K) -> V:
        """The value for ``key``; ``KeyError(key)`` if absent. O(1) average.

        >>> OpenAddressingHashMap({"k": "v"})["k"]
        'v'
        """
        i, _ = self._probe(key)
        if i < 0:
            raise KeyError(key)
        return self._values[i]

    def __setitem__(self, key: K, value: V) -> None:
        """Insert or replace the value for ``key``, reusing a tombstone when one was passed.

        O(1) amortised average.

        >>> m = OpenAddressingHashMap(); m[1] = "a"; m[1] = "b"; m
        OpenAddressingHashMap({1: 'b'})
        """
        i, free = self._probe(key)
        if i >= 0:
            self._values[i] = value
            return
        if self._keys[free] is _EMPTY:
            self._used += 1
        self._keys[free], self._values[free] = key, value
        self._n += 1
        if self._used > self.max_load * len(self._keys):
            self._rehash()

    def __delitem__(self, key: K) -> None:
        """Remove ``key``, leaving a tombstone; ``KeyError(key)`` if absent. O(1) average.

        >>> m = OpenAddressingHashMap({1: 1}); del m[1]; 1 in m
        False
        """
        i, _ = self._probe(key)
        if i < 0:
            raise KeyError(key)
        self._keys[i], self._values[i] = _TOMBSTONE, None
        self._n -= 1

    def _rehash(self) -> None:
        # Size for the live keys only, so tombstones vanish; if most of the load was
        # tombstones this keeps (or even shrinks) the capacity rather than doubling it.
        capacity = _INITIAL_CAPACITY
        while self._n * 3 >= capacity:  # leave the new table at most one-third full
            capacity *= 2
        pairs = [(k, v) for k, v in zip(self._keys, self._values, strict=True) if _live(k)]
        self._keys = [_EMPTY] * capacity
        self._values = [None] * capacity
        self._n = self._used = 0
        for k, v in pairs:
            _, free = self._probe(k)
            self._keys[free], self._values[free] = k, v
            self._n += 1
            self._used += 1

    def clear(self) -> None:
        """Remove every key, back to the initial capacity. O(1) (the old table is dropped).

        >>> m = OpenAddressingHashMap({1: 1}); m.clear(); len(m), m.capacity
        (0, 8)
        """
        self._keys = [_EMPTY] * _INITIAL_CAPACITY
        self._values = [None] * _INITIAL_CAPACITY
        self._n = self._used = 0

    def __len__(self) -> int:
        """Number of keys. O(1).

        >>> len(OpenAddressingHashMap({1: 1}))
        1
        """
        return self._n

    def __iter__(self) -> Iterator[K]:
        """The keys in slot order. O(capacity).

        >>> sorted(OpenAddressingHashMap({2: 0, 1: 0}))
        [1, 2]
        """
        # No copy of the table (that would be O(n) extra space): a rehash during the walk
        # replaces self._keys, and the walk carries on over the old table it already holds.
        keys = self._keys
        return (k for k in keys if _live(k))

    def __repr__(self) -> str:
        """Show the pairs as a dict literal (slot order).

        >>> OpenAddressingHashMap({1: 2})
        OpenAddressingHashMap({1: 2})
        """
        return f"{type(self).__name__}({dict(self.items())!r})"

    def _check(self) -> None:
        """Assert the invariants; used by the tests. O(n) average.

        >>> OpenAddressingHashMap({1: 1})._check()
        """
        keys, capacity = self._keys, len(self._keys)
        assert sum(map(_live, keys)) == self._n
        assert sum(k is not _EMPTY for k in keys) == self._used <= self.max_load * capacity
        for i, key in enumerate(keys):
            if _live(key):
                j = _home(key, capacity)
                while j != i:  # no empty slot between home and the key
                    assert keys[j] is not _EMPTY, f"{key!r} is cut off from its home"
                    j = (j + 1) % capacity


def _live(slot: Any) -> bool:
    return slot is not _EMPTY and slot is not _TOMBSTONE
