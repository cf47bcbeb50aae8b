"""Treap: a search tree balanced by random priorities, with split, merge and order statistics.

A *treap* (Seidel and Aragon, 1989) is a binary search tree on keys and, at the same time, a
heap on random *priorities* drawn when each key arrives. For distinct priorities only one tree
satisfies both orders: the one a plain search tree would become if the keys were inserted in
order of priority. Random priorities make that a random insertion order whatever order the keys
really come in, and a search tree built in random order has expected depth under
``2 ln n + 1 ≈ 1.39 log2 n`` for every node. No rotation cases, colours or height bookkeeping
as in AVL (:mod:`dsa.structures.avl_tree`) or red–black trees: the coin does the balancing.

Two operations do all the work:

* **split(t, k)** cuts ``t`` into the keys ``< k`` and the keys ``>= k``: walk down the search
  path for ``k``; each node goes to the side its key belongs on and takes its subtree on that
  side with it, and the path is zipped into two spines.
* **merge(a, b)**, when every key of ``a`` is below every key of ``b``, zips the right spine of
  ``a`` with the left spine of ``b`` in order of priority.

Each walks one root-to-leaf path, so it costs the depth: O(log n) expected. Insert is a split
and two merges, delete two splits and a merge. Both are loops here (no recursion). Each node
also stores the *size* of its subtree, so the ``k``-th smallest key and the *rank* of a key (how
many keys are smaller) follow one path too: an **order-statistic tree**.

Invariants: keys in search-tree order (left < node < right); each priority at least those of
its children; each ``size`` is ``1 +`` the sizes of the two subtrees.

| operation | expected time | extra space |
|---|---|---|
| ``add``, ``discard``, ``remove``, ``x in t`` | O(log n) | O(log n) path |
| :meth:`~Treap.kth`, :meth:`~Treap.rank` | O(log n) | O(1) |
| :meth:`~Treap.split`, :meth:`~Treap.merge` | O(log n) | O(log n) path |
| iterate in order | O(n) | O(log n) stack |

"Expected" is over the priorities only, never over the keys: no input order is bad. The
priorities come from ``random.Random(seed)``, so a treap built the same way has the same shape.
``visits`` counts the nodes that the operations have walked through (the tests check the
O(log n) claim with it).

>>> t = Treap([50, 20, 80, 10, 30])
>>> t.kth(0), t.kth(-1), t.rank(30), 30 in t
(10, 80, 2, True)
>>> low, high = t.split(30)
>>> list(low), list(high)
([10, 20], [30, 50, 80])
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from typing import Any, Generic, TypeVar

K = TypeVar("K")

__all__ = ["Treap"]


class _Node:
    __slots__ = ("key", "left", "priority", "right", "size")

    def __init__(self, key: Any, priority: float) -> None:
        self.key = key
        self.priority = priority
        self.left: _Node | None = None
        self.right: _Node | None = None
        self.size = 1


def _size(node: _Node | None) -> int:
    return node.size if node is not None else 0


def _resize(nodes: list[_Node]) -> None:
    for node in reversed(nodes):  # deepest first: a node's children are later in the path
        node.size = 1 + _size(node.left) + _size(node.right)


class Treap(Generic[K]):
    """A sorted set of keys with order statistics, balanced by seeded random priorities.

    >>> t = Treap(seed=1); t.add("pear"); t.add("fig"); t.add("pear"); list(t), len(t)
    (['fig', 'pear'], 2)
    """

    def __init__(self, keys: Iterable[K] = (), *, seed: int | random.Random = 0) -> None:
        self._random = seed if isinstance(seed, random.Random) else random.Random(seed)
        self._root: _Node | None = None
        self.visits = 0
        for key in keys:
            self.add(key)

    # -- the two primitives -----------------------------------------------------------------
    def _split(self, node: _Node | None, key: Any, equal_left: bool) -> tuple[Any, Any]:
        """Cut into (keys < key, keys >= key), or (<=, >) when ``equal_left``."""
        left_head, right_head = _Node(None, 0.0), _Node(None, 0.0)
        left_tail, right_tail = left_head, right_head  # extend left_tail.right, right_tail.left
        path = []
        while node is not None:
            self.visits += 1
            path.append(node)
            if (not key < node.key) if equal_left else node.key < key:
                left_tail.right = left_tail = node  # node and its left subtree go left
                node = node.right
            else:
                right_tail.left = right_tail = node
                node = node.left
        left_tail.right = right_tail.left = None
        _resize(path)
        return left_head.right, right_head.left

    def _merge(self, a: _Node | None, b: _Node | None) -> _Node | None:
        """Join two trees whose keys are all smaller in ``a``; the higher priority goes on top."""
        head = _Node(None, 0.0)
        parent, on_right = head, False
        path = []
        while a is not None and b is not None:
            self.visits += 1
            top = a if a.priority > b.priority else b
            if on_right:
                parent.right = top
            else:
                parent.left = top
            path.append(top)
            if top is a:  # a's right spine meets b next
                parent, on_right, a = a, True, a.right
            else:
                parent, on_right, b = b, False, b.left
        rest = a if a is not None else b
        if on_right:
            parent.right = rest
        else:
            parent.left = rest
        _resize(path)
        return head.left

    def _three_way(self, key: Any) -> tuple[Any, Any, Any]:
        below, rest = self._split(self._root, key, equal_left=False)
        equal, above = self._split(rest, key, equal_left=True)
        return below, equal, above

    # -- set operations ---------------------------------------------------------------------
    def add(self, key: K) -> None:
        """Insert ``key`` (nothing happens if it is there already). O(log n) expected.

        >>> t = Treap([3, 1]); t.add(2); list(t)
        [1, 2, 3]
        """
        below, equal, above = self._three_way(key)
        if equal is None:
            equal = _Node(key, self._random.random())
        self._root = self._merge(self._merge(below, equal), above)

    def discard(self, key: K) -> None:
        """Remove ``key`` if present. O(log n) expected.

        >>> t = Treap([1, 2]); t.discard(1); t.discard(9); list(t)
        [2]
        """
        below, _, above = self._three_way(key)
        self._root = self._merge(below, above)

    def remove(self, key: K) -> None:
        """Remove ``key``; ``KeyError`` if it is absent. O(log n) expected.

        >>> Treap([1]).remove(5)
        Traceback (most recent call last):
            ...
        KeyError: 5
        """
        below, equal, above = self._three_way(key)
        self._root = self._merge(below, above)
        if equal is None:
            raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is in the treap. O(log n) expected.

        >>> 2 in Treap([1, 2]), 5 in Treap([1, 2])
        (True, False)
        """
        node = self._root
        while node is not None:
            self.visits += 1
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right  # type: ignore[operator]
        return False

    def __len__(self) -> int:
        """Number of keys. O(1).

        >>> len(Treap("abca"))
        3
        """
        return _size(self._root)

    def __iter__(self) -> Iterator[K]:
        """The keys in increasing order, with an explicit stack. O(n).

        >>> list(Treap([5, 3, 9]))
        [3, 5, 9]
        """
        stack: list[_Node] = []
        node = self._root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def __repr__(self) -> str:
        """Show the keys in order.

        >>> Treap([2, 1])
        Treap([1, 2])
        """
        return f"Treap({list(self)!r})"

    # -- order statistics -------------------------------------------------------------------
    def kth(self, k: int) -> K:
        """The ``k``-th smallest key (``k = 0`` is the minimum, ``-1`` the maximum). O(log n).

        >>> Treap([40, 10, 30, 20]).kth(2), Treap([40, 10, 30, 20]).kth(-2)
        (30, 30)
        >>> Treap([1, 2]).kth(2)
        Traceback (most recent call last):
            ...
        IndexError: k=2 is out of range for 2 keys
        """
        n = len(self)
        if not -n <= k < n:
            raise IndexError(f"k={k} is out of range for {n} keys")
        k %= n
        node = self._root
        while node is not None:
            self.visits += 1
            smaller = _size(node.left)
            if k == smaller:
                return node.key
            if k < smaller:
                node = node.left
            else:
                k -= smaller + 1
                node = node.right
        raise AssertionError("sizes are inconsistent")  # unreachable while the invariant holds

    def rank(self, key: K) -> int:
        """How many keys are smaller than ``key`` (present or not). O(log n) expected.

        >>> t = Treap([10, 20, 30]); t.rank(20), t.rank(25), t.rank(5)
        (1, 2, 0)
        """
        count, node = 0, self._root
        while node is not None:
            self.visits += 1
            if node.key < key:
                count += _size(node.left) + 1
                node = node.right
            else:
                node = node.left
        return count

    # -- split and merge as operations ------------------------------------------------------
    def split(self, key: K) -> tuple[Treap[K], Treap[K]]:
        """Move the keys out into two treaps: those ``< key`` and those ``>= key``.

        This treap is left empty; the two share its random generator. O(log n) expected.

        >>> t = Treap(range(6)); low, high = t.split(4); list(low), list(high), len(t)
        ([0, 1, 2, 3], [4, 5], 0)
        """
        below, above = self._split(self._root, key, equal_left=False)
        self._root = None
        return self._adopt(below), self._adopt(above)

    def merge(self, other: Treap[K]) -> None:
        """Move every key of ``other`` in; all of them must be greater than all of ours.

        ``other`` is left empty. O(log n) expected.

        >>> a, b = Treap([1, 2]), Treap([5, 6]); a.merge(b); list(a), len(b)
        ([1, 2, 5, 6], 0)
        >>> Treap([1, 5]).merge(Treap([3]))
        Traceback (most recent call last):
            ...
        ValueError: merge needs every key of the other treap above ours: 3 is not above 5
        """
        if self._root is not None and other._root is not None:
            largest, smallest = self.kth(-1), other.kth(0)
            if not largest < smallest:
                raise ValueError("merge needs every key of the other treap above ours: "
                                 f"{smallest!r} is not above {largest!r}")
        self._root = self._merge(self._root, other._root)
        other._root = None

    def _adopt(self, root: _Node | None) -> Treap[K]:
        treap: Treap[K] = Treap(seed=self._random)
        treap._root = root
        return treap

    # -- for the tests ----------------------------------------------------------------------
    @property
    def height(self) -> int:
        """Nodes on the longest root-to-leaf path (0 when empty). O(n).

        >>> Treap().height, Treap([1]).height
        (0, 1)
        """
        deepest, stack = 0, [(self._root, 1)]
        while stack:
            node, depth = stack.pop()
            if node is not None:
                deepest = max(deepest, depth)
                stack += [(node.left, depth + 1), (node.right, depth + 1)]
        return deepest

    def depths(self) -> list[int]:
        """The depth of every key, in key order (the root has depth 1). O(n).

        >>> len(Treap(range(10)).depths())
        10
        """
        found: list[tuple[Any, int]] = []
        stack = [(self._root, 1)]
        while stack:
            node, depth = stack.pop()
            if node is not None:
                found.append((node.key, depth))
                stack += [(node.left, depth + 1), (node.right, depth + 1)]
        return [depth for _, depth in sorted(found, key=lambda pair: pair[0])]

    def _check(self) -> None:
        """Assert the three invariants; used by the tests. O(n).

        >>> Treap(range(20))._check()
        """
        stack = [(self._root, None, None)]  # (node, lower bound, upper bound) on its keys
        while stack:
            node, low, high = stack.pop()
            if node is None:
                continue
            assert low is None or low < node.key, "search order broken"
            assert high is None or node.key < high, "search order broken"
            for child in (node.left, node.right):
                assert child is None or child.priority <= node.priority, "heap order broken"
            assert node.size == 1 + _size(node.left) + _size(node.right), "stale size"
            stack += [(node.left, low, node.key), (node.right, node.key, high)]
