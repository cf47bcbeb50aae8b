"""LRU cache: keep the ``capacity`` most recently used entries, evict the least recently used.

A cache trades memory for time, and when it is full something must go. *Least recently used*
bets that what was touched longest ago is least likely to be wanted next. Two structures
together make every operation O(1):

* a hash map from key to node, to find an entry without searching;
* a :class:`~dsa.structures.linked_list.DoublyLinkedList` of the entries in recency order,
  least recent at the front. A hit *moves its node to the back* and an insert into a full
  cache *evicts the front*: with the node in hand, both are a few pointer writes.

Invariants: the map and the list hold the same keys; ``len <= capacity``; the list runs from
least to most recently used, where "use" is a successful get or a put.

| operation                         | time       | extra space |
|-----------------------------------|------------|-------------|
| ``get``, ``c[k]``                 | O(1) avg   | O(1)        |
| ``put``, ``c[k] = v`` (may evict) | O(1) avg   | O(1)        |
| ``del c[k]``, ``k in c``          | O(1) avg   | O(1)        |

The cache holds O(capacity) space. It is a :class:`collections.abc.MutableMapping`, so
``pop``, ``setdefault``, ``update`` and ``==`` work as for ``dict``, and ``keys()``,
``values()`` and ``items()`` are live views like ``dict``'s. Reading ``c[k]`` or ``c.get(k)``
counts as a use; ``k in c``, iterating and the views do not, so looking the cache over never
changes what it evicts next. :func:`memoize` wraps a function with an LRU cache of its results,
as :func:`functools.lru_cache` does.

>>> c = LRUCache(2)
>>> c["a"] = 1; c["b"] = 2
>>> c["a"]        # "a" is now the most recent
1
>>> c["c"] = 3    # full: evicts "b", the least recent
>>> list(c), "b" in c
(['a', 'c'], False)
"""

from __future__ import annotations

import functools
from collections.abc import (
    Callable,
    Hashable,
    ItemsView,
    Iterator,
    KeysView,
    MutableMapping,
    ValuesView,
)
from typing import Any, TypeVar

from dsa.structures.linked_list import DoublyLinkedList, DoublyNode

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

__all__ = ["LRUCache", "memoize"]

_MISSING = object()
# Separates positional arguments from keyword ones in a memoize key. A private object, so no
# argument a caller can pass is equal to it, and f(1, k=2) cannot meet f((1,), (("k", 2),)).
_KEYWORDS = object()


class LRUCache(MutableMapping[K, V]):
    """A bounded map that evicts its least recently used entry when full.

    >>> c = LRUCache(capacity=1)
    >>> c.put("x", 1); c.put("y", 2)
    >>> c.get("x"), c.get("y"), c.hits, c.misses
    (None, 2, 1, 1)
    """

    def __init__(self, capacity: int) -> None:
        if isinstance(capacity, bool) or not isinstance(capacity, int):
            raise TypeError(f"capacity must be an int, got {type(capacity).__name__}")
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.capacity = capacity
        self.hits = 0
        self.misses = 0
        self._nodes: dict[K, DoublyNode[list[Any]]] = {}
        self._order: DoublyLinkedList[list[Any]] = DoublyLinkedList()  # [key, value] pairs

    def get(self, key: K, default: Any = None) -> Any:
        """The value for ``key`` (marking it most recent), or ``default``. O(1) average.

        >>> c = LRUCache(2); c.put(1, "one"); c.get(1), c.get(2, "none")
        ('one', 'none')
        """
        node = self._nodes.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._order.move_to_back(node)
        return node.value[1]

    def put(self, key: K, value: V) -> None:
        """Insert or update ``key`` as most recent, evicting the least recent if full. O(1) avg.

        >>> c = LRUCache(2); c.put(1, 1); c.put(2, 2); c.put(1, 10); c.put(3, 3); list(c)
        [1, 3]
        """
        node = self._nodes.get(key)
        if node is not None:
            node.value[1] = value
            self._order.move_to_back(node)
            return
        if len(self._nodes) == self.capacity:
            oldest_key, _ = self._order.popleft()
            del self._nodes[oldest_key]
        self._nodes[key] = self._order.append([key, value])

    def __getitem__(self, key: K) -> V:
        """The value for ``key``, marking it most recent; ``KeyError(key)`` if absent. O(1) avg.

        >>> LRUCache(1)["nope"]
        Traceback (most recent call last):
            ...
        KeyError: 'nope'
        """
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def __setitem__(self, key: K, value: V) -> None:
        """Same as :meth:`put`.

        >>> c = LRUCache(1); c["k"] = "v"; c
        LRUCache(1, {'k': 'v'})
        """
        self.put(key, value)

    def __delitem__(self, key: K) -> None:
        """Remove ``key``; ``KeyError(key)`` if absent. O(1) average.

        >>> c = LRUCache(2); c[1] = 1; del c[1]; len(c)
        0
        """
        node = self._nodes.pop(key, None)
        if node is None:
            raise KeyError(key)
        self._order.unlink(node)

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is cached; does not change its recency. O(1) average.

        >>> c = LRUCache(1); c[1] = 1; 1 in c, 2 in c
        (True, False)
        """
        return key in self._nodes

    def __len__(self) -> int:
        """Number of entries, at most ``capacity``. O(1).

        >>> len(LRUCache(3))
        0
        """
        return len(self._nodes)

    def __iter__(self) -> Iterator[K]:
        """Keys from least to most recently used. O(n).

        >>> c = LRUCache(3); c[1] = 1; c[2] = 2; _ = c[1]; list(c)
        [2, 1]
        """
        return (pair[0] for pair in list(self._order))

    def keys(self) -> KeysView[K]:
        """A live view of the keys, least recent first; reading it is not a use. O(1).

        >>> c = LRUCache(2); c["a"] = 1; keys = c.keys(); c["b"] = 2; list(keys), "b" in keys
        (['a', 'b'], True)
        """
        return KeysView(self)

    def items(self) -> ItemsView[K, V]:
        """A live view of the ``(key, value)`` pairs, least recent first; not a use. O(1).

        >>> c = LRUCache(2); c["a"] = 1; list(c.items()), ("a", 1) in c.items(), c.hits
        ([('a', 1)], True, 0)
        """
        return _LRUItemsView(self)

    def values(self) -> ValuesView[V]:
        """A live view of the values, least recent first; not a use. O(1).

        >>> c = LRUCache(2); c["a"] = 1; list(c.values())
        [1]
        """
        return _LRUValuesView(self)

    def clear(self) -> None:
        """Remove every entry, keeping the capacity and the hit counts. O(1).

        >>> c = LRUCache(2); c["a"] = 1; c.clear(); len(c), c.capacity
        (0, 2)
        """
        self._nodes = {}
        self._order = DoublyLinkedList()

    def _pairs(self) -> Iterator[tuple[K, V]]:
        # Snapshot, so a caller may change the cache while walking the result.
        return iter([(k, v) for k, v in self._order])

    def _peek(self, key: object) -> Any:
        node = self._nodes.get(key)  # type: ignore[call-overload]
        return _MISSING if node is None else node.value[1]

    def __repr__(self) -> str:
        """Show the capacity and the entries, least recent first.

        >>> LRUCache(2)
        LRUCache(2, {})
        """
        return f"LRUCache({self.capacity}, {dict(self._pairs())!r})"

    def _check(self) -> None:
        """Assert the invariants; used by the tests. O(n).

        >>> LRUCache(1)._check()
        """
        self._order._check()
        assert len(self._nodes) == len(self._order) <= self.capacity
        assert all(self._nodes[node.value[0]] is node for node in self._order.nodes())


class _LRUItemsView(ItemsView):
    """``items()`` of an :class:`LRUCache`: reads the entries without marking them used."""

    _mapping: LRUCache

    def __iter__(self) -> Iterator[tuple[Any, Any]]:
        return self._mapping._pairs()

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, tuple) or len(item) != 2:
            return False
        value = self._mapping._peek(item[0])
        return value is not _MISSING and (value is item[1] or value == item[1])


class _LRUValuesView(ValuesView):
    """``values()`` of an :class:`LRUCache`: reads the values without marking them used."""

    _mapping: LRUCache

    def __iter__(self) -> Iterator[Any]:
        return (v for _, v in self._mapping._pairs())


def memoize(capacity: int) -> Callable[[Callable[..., V]], Callable[..., V]]:
    """Decorator: cache a function's results by its (hashable) arguments in an :class:`LRUCache`.

    The cache is reachable as ``wrapped.cache``. Each call is O(1) average plus the function's
    own cost on a miss.

    >>> @memoize(capacity=100)
    ... def fib(n):
    ...     return n if n < 2 else fib(n - 1) + fib(n - 2)
    >>> fib(80), fib.cache.misses
    (23416728348467685, 81)
    """

    def decorate(function: Callable[..., V]) -> Callable[..., V]:
        cache: LRUCache[Any, V] = LRUCache(capacity)

        @functools.wraps(function)
        def wrapped(*args: Any, **kwargs: Any) -> V:
            key = (args, _KEYWORDS, *sorted(kwargs.items())) if kwargs else args
            result = cache.get(key, _MISSING)
            if result is _MISSING:
                result = function(*args, **kwargs)
                cache.put(key, result)
            return result

        wrapped.cache = cache  # type: ignore[attr-defined]
        return wrapped

    return decorate
