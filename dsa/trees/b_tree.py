"""B-tree: a search tree with many keys per node, so that a lookup touches only a few nodes.

On disk (or in a cache line) reading one key costs about as much as reading a few hundred
neighbouring ones. A B-tree spends that: each node holds a sorted run of keys and one more
child than keys, and the keys split the key space between the children. With hundreds of keys
per node, a tree of a billion keys is three or four levels deep — the layout of nearly every
database index and file system.

Invariants, for a *minimum degree* ``t >= 2`` (the node-size parameter, as in CLRS):

1. the keys inside each node are sorted, and a child sits between the two keys that bound it;
2. every node but the root holds between ``t - 1`` and ``2t - 1`` keys (the root 1 to
   ``2t - 1``, or none when the tree is empty); an internal node with ``k`` keys has ``k + 1``
   children;
3. every leaf is at the same depth.

Why the height is small: the root has at least 2 children and every other internal node at
least ``t``, so at depth ``h`` there are at least ``2 t^(h-1)`` nodes of at least ``t - 1``
keys each, and ``n >= 1 + 2 (t^h - 1)``. Hence

    h <= log_t((n + 1) / 2)

where ``h`` counts the edges on a root-to-leaf path.

**Insert** goes down once, splitting any full node (``2t - 1`` keys) *before* entering it: its
middle key moves up into the parent (which is not full — it was split earlier if it was) and
the two halves of ``t - 1`` keys become siblings. So the new key always lands in a leaf with
room, and the tree grows only by splitting the root: all leaves stay level.

**Delete** also goes down once, making sure every node it enters has at least ``t`` keys (one
more than the minimum), by borrowing a key through the parent from a sibling that has one to
spare, or else merging with a sibling around the parent's separating key. A key found in an
internal node is replaced by its predecessor or successor from a child with a spare key, or
the two children around it are merged. The tree shrinks only when the root loses its last key.

Inside a node the key is found by binary search (:func:`bisect.bisect_left`).

| operation | nodes touched | comparisons | time |
|---|---|---|---|
| ``t[k]``, ``k in t`` | ``h + 1`` | O(log2 t) per node: O(log n) | O(log n) |
| ``t[k] = v``, ``del t[k]`` | O(h) | O(log n) | O(t log_t n): keys shift inside nodes |
| in-order iteration | all | none | O(n) |

Space O(n). Every walk is a loop over the ``h + 1`` levels.

>>> tree = BTree(min_degree=2)
>>> for k in [10, 20, 5, 6, 12, 30, 7, 17]:
...     tree[k] = str(k)
>>> tree.height, list(tree)
(1, [5, 6, 7, 10, 12, 17, 20, 30])
>>> del tree[6]; tree[7], len(tree)
('7', 7)
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

__all__ = ["BTree"]


class _Node:
    __slots__ = ("children", "keys", "values")

    def __init__(self, keys: list | None = None, values: list | None = None,
                 children: list | None = None) -> None:
        self.keys = keys or []
        self.values = values or []
        self.children = children or []  # empty for a leaf

    @property
    def leaf(self) -> bool:
        return not self.children


class BTree(MutableMapping[K, V], Generic[K, V]):
    """A B-tree mapping keys to values; each node holds ``min_degree - 1`` to
    ``2 * min_degree - 1`` keys.

    >>> BTree({3: "c", 1: "a"}, min_degree=3)
    BTree({1: 'a', 3: 'c'}, min_degree=3)
    >>> BTree(min_degree=1)
    Traceback (most recent call last):
        ...
    ValueError: min_degree must be at least 2 (nodes of 1 to 3 keys), got 1
    """

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = (), *,
                 min_degree: int = 2) -> None:
        if min_degree < 2:
            raise ValueError(f"min_degree must be at least 2 (nodes of 1 to 3 keys), "
                             f"got {min_degree}")
        self.t = min_degree
        self.root = _Node()
        self._n = 0
        for k, v in (items.items() if isinstance(items, Mapping) else items):
            self[k] = v

    # -- lookups ----------------------------------------------------------------------------
    def _find(self, key: K) -> tuple[_Node, int] | None:
        node = self.root
        while True:
            i = bisect_left(node.keys, key)
            if i < len(node.keys) and not key < node.keys[i]:
                return node, i
            if node.leaf:
                return None
            node = node.children[i]

    def __getitem__(self, key: K) -> V:
        """The value for ``key``: one binary search per level. O(log n).

        >>> BTree({1: "a"})[1]
        'a'
        >>> BTree()[1]
        Traceback (most recent call last):
            ...
        KeyError: 1
        """
        found = self._find(key)
        if found is None:
            raise KeyError(key)
        node, i = found
        return node.values[i]

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is present. O(log n).

        >>> 2 in BTree({2: 0}), 3 in BTree({2: 0})
        (True, False)
        """
        return self._find(key) is not None  # type: ignore[arg-type]

    # -- insert -----------------------------------------------------------------------------
    def __setitem__(self, key: K, value: V) -> None:
        """Insert or replace, splitting full nodes on the way down. O(t log_t n).

        >>> tree = BTree.fromkeys([1, 2, 3]); tree[4] = None; tree.root.keys  # the root split
        [2]
        """
        if len(self.root.keys) == 2 * self.t - 1:
            self.root = _Node(children=[self.root])
            self._split_child(self.root, 0)
        node = self.root
        while True:
            i = bisect_left(node.keys, key)
            if i < len(node.keys) and not key < node.keys[i]:
                node.values[i] = value
                return
            if node.leaf:
                node.keys.insert(i, key)
                node.values.insert(i, value)
                self._n += 1
                return
            if len(node.children[i].keys) == 2 * self.t - 1:
                self._split_child(node, i)
                if node.keys[i] < key:  # the middle key moved up to i: pick a side of it
                    i += 1
                elif not key < node.keys[i]:
                    node.values[i] = value
                    return
            node = node.children[i]

    def _split_child(self, parent: _Node, i: int) -> None:
        """Split the full ``parent.children[i]`` around its middle key, which moves up."""
        t, full = self.t, parent.children[i]
        right = _Node(full.keys[t:], full.values[t:], full.children[t:])
        parent.keys.insert(i, full.keys[t - 1])
        parent.values.insert(i, full.values[t - 1])
        parent.children.insert(i + 1, right)
        del full.keys[t - 1:], full.values[t - 1:], full.children[t:]

    # -- delete -----------------------------------------------------------------------------
    def __delitem__(self, key: K) -> None:
        """Remove ``key``, topping up each node on the way down to ``t`` keys. O(t log_t n).

        >>> tree = BTree.fromkeys(range(10)); del tree[4]; 4 in tree, len(tree)
        (False, 9)
        >>> del tree[4]
        Traceback (most recent call last):
            ...
        KeyError: 4
        """
        if key not in self:
            raise KeyError(key)
        node = self.root
        while True:
            i = bisect_left(node.keys, key)
            here = i < len(node.keys) and not key < node.keys[i]
            if node.leaf:
                del node.keys[i], node.values[i]
                break
            if here:
                node, key = self._replace_internal(node, i)
            else:
                node = self._top_up(node, i)
        self._n -= 1
        if not self.root.keys and not self.root.leaf:  # the root's last key went down
            self.root = self.root.children[0]

    def _replace_internal(self, node: _Node, i: int) -> tuple[_Node, Any]:
        """``node.keys[i]`` is the key to delete; return where to continue and what to delete."""
        t, left, right = self.t, node.children[i], node.children[i + 1]
        if len(left.keys) >= t or len(right.keys) >= t:
            # Take the neighbouring key (predecessor or successor) from the side with a spare
            # key; it lies in a leaf, and deleting it is the same walk, continued there.
            side, pick = (left, -1) if len(left.keys) >= t else (right, 0)
            extreme = side
            while not extreme.leaf:
                extreme = extreme.children[pick]
            node.keys[i], node.values[i] = extreme.keys[pick], extreme.values[pick]
            return side, extreme.keys[pick]
        key = node.keys[i]
        self._merge(node, i)
        return left, key

    def _top_up(self, node: _Node, i: int) -> _Node:
        """Make sure ``node.children[i]`` has at least ``t`` keys before entering it."""
        t, child = self.t, node.children[i]
        if len(child.keys) >= t:
            return child
        if i > 0 and len(node.children[i - 1].keys) >= t:  # borrow via the parent, from the left
            left = node.children[i - 1]
            child.keys.insert(0, node.keys[i - 1])
            child.values.insert(0, node.values[i - 1])
            node.keys[i - 1], node.values[i - 1] = left.keys.pop(), left.values.pop()
            if not left.leaf:
                child.children.insert(0, left.children.pop())
            return child
        if i < len(node.keys) and len(node.children[i + 1].keys) >= t:  # ... or from the right
            right = node.children[i + 1]
            child.keys.append(node.keys[i])
            child.values.append(node.values[i])
            node.keys[i], node.values[i] = right.keys.pop(0), right.values.pop(0)
            if not right.leaf:
                child.children.append(right.children.pop(0))
            return child
        if i == len(node.keys):  # the last child merges with its left sibling
            i -= 1
        self._merge(node, i)
        return node.children[i]

    def _merge(self, node: _Node, i: int) -> None:
        """Merge ``children[i]``, ``keys[i]`` and ``children[i + 1]`` into one node of 2t-1 keys."""
        left, right = node.children[i], node.children.pop(i + 1)
        left.keys += [node.keys.pop(i), *right.keys]
        left.values += [node.values.pop(i), *right.values]
        left.children += right.children

    # -- the rest of the mapping ------------------------------------------------------------
    def __len__(self) -> int:
        """Number of keys. O(1).

        >>> len(BTree({1: 0, 2: 0}))
        2
        """
        return self._n

    def __iter__(self) -> Iterator[K]:
        """Keys in sorted order, with an explicit stack of (node, next position). O(n).

        >>> list(BTree.fromkeys([3, 1, 2]))
        [1, 2, 3]
        """
        stack = [(self.root, 0)]
        while stack:
            node, i = stack.pop()
            if node.leaf:
                yield from node.keys
                continue
            if i < len(node.keys) + 1:
                if i > 0:
                    yield node.keys[i - 1]
                stack.append((node, i + 1))
                stack.append((node.children[i], 0))

    @classmethod
    def fromkeys(cls, keys: Iterable[K], value: Any = None, *, min_degree: int = 2) -> BTree:
        """A tree with the given keys, all mapped to ``value``.

        >>> BTree.fromkeys("ba").root.keys
        ['a', 'b']
        """
        return cls(((k, value) for k in keys), min_degree=min_degree)

    @property
    def height(self) -> int:
        """Edges on every root-to-leaf path (0 for a single node). O(log n).

        >>> BTree.fromkeys(range(100), min_degree=5).height
        2
        """
        height, node = 0, self.root
        while not node.leaf:
            height, node = height + 1, node.children[0]
        return height

    def __repr__(self) -> str:
        """Show the pairs in key order and the node size.

        >>> BTree()
        BTree({}, min_degree=2)
        """
        return f"{type(self).__name__}({dict(self.items())!r}, min_degree={self.t})"

    def _check(self) -> None:
        """Assert the three invariants and the size; used by the tests. O(n).

        >>> BTree.fromkeys(range(50), min_degree=3)._check()
        """
        keys = list(self)
        assert all(a < b for a, b in itertools.pairwise(keys)), "order broken"
        assert len(keys) == self._n, "size is wrong"
        depths = set()
        stack = [(self.root, 0, True)]
        while stack:
            node, depth, is_root = stack.pop()
            low = 0 if is_root and node.leaf else 1 if is_root else self.t - 1
            assert low <= len(node.keys) <= 2 * self.t - 1, f"node size {len(node.keys)}"
            assert len(node.values) == len(node.keys)
            if node.leaf:
                depths.add(depth)
            else:
                assert len(node.children) == len(node.keys) + 1, "children do not match keys"
                stack += [(child, depth + 1, False) for child in node.children]
        assert len(depths) <= 1, f"leaves at depths {sorted(depths)}"
