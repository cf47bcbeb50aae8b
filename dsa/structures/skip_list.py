"""Skip list: a sorted linked list with express lanes, balanced by coin flips.

Searching a sorted linked list is O(n) because it can only step one node at a time. A skip
list (Pugh, 1990) stacks extra lists on top: every node is on level 0, and each node is also
on the next level up with probability ``p`` (a coin flip), so level ``i`` holds about
``n * p**i`` nodes. A search starts at the top level of a head node, runs right while the next
key is smaller than the target, then drops a level, and repeats: on each level it passes
about ``1/p`` nodes before dropping, and there are about ``log_{1/p} n`` levels, so a search
takes O(log n) steps *in expectation*, whatever the order of insertion. Inserting splices the
new node into each of its levels at the points where the search dropped down.

Unlike an AVL tree it needs no rotations: balance comes from randomness, so the bound holds
with high probability rather than always. The coin is a :class:`random.Random` seeded at
construction, so a given sequence of operations always builds the same list.

Invariant: every level is sorted by key, and each level's nodes are a subset of the level
below (a node of height ``h`` is on levels ``0 .. h - 1``).

| operation                           | time (expected; worst) | extra space         |
|-------------------------------------|------------------------|---------------------|
| ``s[k]``, ``k in s``                | O(log n); O(n)         | O(1)                |
| ``s[k] = v``, ``del s[k]``          | O(log n); O(n)         | O(log n) (the path) |
| ``floor``, ``ceiling``              | O(log n); O(n)         | O(1)                |
| ``min``                             | O(1)                   | O(1)                |
| ``max``                             | O(log n); O(n)         | O(1)                |
| iteration                           | O(n)                   | O(1)                |
| ``clear()``                         | O(1)                   | O(1)                |

The list holds O(n) expected space: ``n / (1 - p)`` links, 2n for ``p = 1/2``. It is a
:class:`collections.abc.MutableMapping` that iterates in key order; keys need only ``<``.

>>> s = SkipList(seed=1)
>>> for k in [30, 10, 20]:
...     s[k] = str(k)
>>> list(s), s[20], s.floor(25), s.ceiling(25)
([10, 20, 30], '20', 20, 30)
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any, TypeVar

K = TypeVar("K")
V = TypeVar("V")

__all__ = ["SkipList"]


class _Node:
    __slots__ = ("forward", "key", "value")

    def __init__(self, key: Any, value: Any, height: int) -> None:
        self.key = key
        self.value = value
        self.forward: list[_Node | None] = [None] * height  # next node on each level


class SkipList(MutableMapping[K, V]):
    """A sorted map on a skip list; ``seed`` fixes the coin flips, ``p`` their bias.

    >>> s = SkipList({"b": 2, "a": 1}, seed=0)
    >>> s, len(s), "a" in s
    (SkipList({'a': 1, 'b': 2}), 2, True)
    >>> del s["a"]; s["a"]
    Traceback (most recent call last):
        ...
    KeyError: 'a'
    """

    max_height = 32

    def __init__(
        self,
        items: Mapping[K, V] | Iterable[tuple[K, V]] = (),
        *,
        seed: int = 0,
        p: float = 0.5,
    ) -> None:
        if not 0 < p < 1:
            raise ValueError(f"p must be between 0 and 1 (exclusive), got {p}")
        self.p = p
        self._random = random.Random(seed)
        self._head = _Node(None, None, self.max_height)
        self._height = 1  # levels in use
        self._n = 0
        pairs = items.items() if isinstance(items, Mapping) else items
        for k, v in pairs:
            self[k] = v

    def _random_height(self) -> int:
        height = 1
        while height < self.max_height and self._random.random() < self.p:
            height += 1
        return height

    def _path(self, key: K) -> list[_Node]:
        """``path[level]``: the last node on ``level`` whose key is smaller than ``key``."""
        path: list[_Node] = [self._head] * self.max_height
        node = self._head
        for level in range(self._height - 1, -1, -1):
            nxt = node.forward[level]
            while nxt is not None and nxt.key < key:
                node, nxt = nxt, nxt.forward[level]
            path[level] = node
        return path

    def _find(self, key: K) -> _Node | None:
        node = self._head
        for level in range(self._height - 1, -1, -1):
            nxt = node.forward[level]
            while nxt is not None and nxt.key < key:
                node, nxt = nxt, nxt.forward[level]
        candidate = node.forward[0]
        if candidate is not None and not key < candidate.key:
            return candidate  # not smaller and (from the loop) not larger: equal
        return None

    def __getitem__(self, key: K) -> V:
        """The value for ``key``. O(log n) expected.

        >>> SkipList({1: "one"})[1]
        'one'
        """
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __setitem__(self, key: K, value: V) -> None:
        """Insert ``key`` with a random height, or replace its value. O(log n) expected.

        >>> s = SkipList(); s[2] = "b"; s[1] = "a"; s[2] = "B"; s
        SkipList({1: 'a', 2: 'B'})
        """
        path = self._path(key)
        nxt = path[0].forward[0]
        if nxt is not None and not key < nxt.key:
            nxt.value = value
            return
        height = self._random_height()
        self._height = max(self._height, height)
        node = _Node(key, value, height)
        for level in range(height):
            node.forward[level] = path[level].forward[level]
            path[level].forward[level] = node
        self._n += 1

    def __delitem__(self, key: K) -> None:
        """Remove ``key`` from every level it is on. O(log n) expected.

        >>> s = SkipList({1: 1, 2: 2}); del s[1]; list(s)
        [2]
        """
        path = self._path(key)
        node = path[0].forward[0]
        if node is None or key < node.key:
            raise KeyError(key)
        for level in range(len(node.forward)):
            path[level].forward[level] = node.forward[level]
        while self._height > 1 and self._head.forward[self._height - 1] is None:
            self._height -= 1
        self._n -= 1

    def floor(self, key: K) -> K | None:
        """The largest key ``<= key``, or None. O(log n) expected.

        >>> SkipList.fromkeys([10, 20]).floor(15), SkipList.fromkeys([10]).floor(5)
        (10, None)
        """
        node = self._find(key)
        if node is not None:
            return node.key
        before = self._path(key)[0]
        return None if before is self._head else before.key

    def ceiling(self, key: K) -> K | None:
        """The smallest key ``>= key``, or None. O(log n) expected.

        >>> SkipList.fromkeys([10, 20]).ceiling(15), SkipList.fromkeys([10]).ceiling(11)
        (20, None)
        """
        after = self._path(key)[0].forward[0]
        return None if after is None else after.key

    def min(self) -> K:
        """The smallest key: the first node on level 0. O(1).

        >>> SkipList.fromkeys([3, 1, 2]).min()
        1
        >>> SkipList().min()
        Traceback (most recent call last):
            ...
        ValueError: min() of an empty skip list; insert a key first
        """
        first = self._head.forward[0]
        if first is None:
            raise ValueError("min() of an empty skip list; insert a key first")
        return first.key

    def max(self) -> K:
        """The largest key: run right along each level from the top, then drop. O(log n) expected.

        >>> SkipList.fromkeys([3, 1, 2]).max()
        3
        """
        if self._head.forward[0] is None:
            raise ValueError("max() of an empty skip list; insert a key first")
        node = self._head
        for level in range(self._height - 1, -1, -1):
            while node.forward[level] is not None:
                node = node.forward[level]
        return node.key

    def clear(self) -> None:
        """Remove every key by dropping the head's links. O(1).

        >>> s = SkipList.fromkeys(range(9)); s.clear(); len(s), s.height, list(s)
        (0, 1, [])
        """
        self._head.forward = [None] * self.max_height
        self._height = 1
        self._n = 0

    @classmethod
    def fromkeys(
        cls, keys: Iterable[K], value: Any = None, *, seed: int = 0, p: float = 0.5
    ) -> SkipList[K, Any]:
        """A skip list with the given keys, all mapped to ``value``. O(n log n) expected.

        >>> SkipList.fromkeys("cab")
        SkipList({'a': None, 'b': None, 'c': None})
        """
        return cls(((k, value) for k in keys), seed=seed, p=p)

    @property
    def height(self) -> int:
        """Number of levels in use: about ``log_{1/p} n``. O(1).

        >>> SkipList().height
        1
        """
        return self._height

    def __len__(self) -> int:
        """Number of keys. O(1).

        >>> len(SkipList({1: 1}))
        1
        """
        return self._n

    def __iter__(self) -> Iterator[K]:
        """Keys in sorted order, along level 0. O(n).

        >>> list(SkipList.fromkeys([3, 1, 2]))
        [1, 2, 3]
        """
        node = self._head.forward[0]
        while node is not None:
            yield node.key
            node = node.forward[0]

    def __repr__(self) -> str:
        """Show the pairs in key order.

        >>> SkipList()
        SkipList({})
        """
        return f"SkipList({dict(self.items())!r})"

    def _check(self) -> None:
        """Assert sorted levels, nested levels and the size; used by the tests. O(n log n).

        >>> SkipList.fromkeys(range(20))._check()
        """
        below: set[int] | None = None
        for level in range(self.max_height):
            ids, keys, node = set(), [], self._head.forward[level]
            while node is not None:
                assert len(node.forward) > level
                ids.add(id(node))
                keys.append(node.key)
                node = node.forward[level]
            assert all(a < b for a, b in itertools.pairwise(keys)), "level unsorted"
            assert below is None or ids <= below, "a node is missing from a lower level"
            assert level < self._height or not ids, "a level above the height is in use"
            if level == 0:
                assert len(ids) == self._n
            below = ids
