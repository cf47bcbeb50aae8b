"""Binary search tree: a sorted map whose shape is a decision tree for finding keys.

Each node holds a key, a value and two subtrees. Invariant (search-tree order): every key in a
node's left subtree is smaller than the node's key, and every key in its right subtree is
larger. To find a key, compare it with the root and go left or right; each comparison discards
one subtree, so a search costs one comparison per level, O(height).

The order also gives, for free, what a hash map cannot: keys in sorted order (an in-order walk:
left subtree, node, right subtree), the smallest and largest key, and the nearest key below or
above any value (``floor``, ``ceiling``).

The catch is the height. Keys inserted in random order leave the average node at depth about
``2 ln n`` (about 1.39 log2 n), and the height near ``4.3 ln n``; but keys inserted in sorted
order each become the right child of the last, and the tree degenerates into a linked list of
height ``n``. A balanced tree such
as :mod:`dsa.structures.avl_tree` restores O(log n) by reshaping the tree as it changes.

Deleting a node with two children uses Hibbard's trick: overwrite it with its *successor* (the
smallest key of its right subtree, which has no left child) and unlink the successor instead.

| operation                                  | time | extra space                |
|--------------------------------------------|------|----------------------------|
| ``t[k]``, ``k in t``, ``t[k] = v``         | O(h) | O(1) (loops, no recursion) |
| ``del t[k]``                               | O(h) | O(1)                       |
| ``min``, ``max``, ``floor``, ``ceiling``   | O(h) | O(1)                       |
| in-order iteration                         | O(n) | O(h)                       |
| ``clear()``                                | O(1) | O(1)                       |

``h`` is the height: between ``log2(n + 1)`` and ``n``. The tree holds O(n) space. Keys need only
``<``; missing keys raise ``KeyError(key)`` as ``dict`` does. It is a
:class:`collections.abc.MutableMapping`, so ``get``, ``pop``, ``items`` and so on work too.

>>> t = BinarySearchTree({5: "e", 2: "b", 8: "h"})
>>> t[4] = "d"
>>> list(t), t.floor(6), t.ceiling(6), t.height
([2, 4, 5, 8], 5, 8, 3)
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

__all__ = ["BinarySearchTree"]


class Node(Generic[K, V]):
    """A tree node: key, value, and left and right subtrees (``None`` when empty).

    >>> Node(1, "a")
    Node(1, 'a')
    """

    __slots__ = ("key", "left", "right", "value")

    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value
        self.left: Any = None
        self.right: Any = None

    def __repr__(self) -> str:
        """Show the key and value.

        >>> Node("k", 0)
        Node('k', 0)
        """
        return f"{type(self).__name__}({self.key!r}, {self.value!r})"


class BinarySearchTree(MutableMapping[K, V]):
    """An unbalanced binary search tree mapping keys to values.

    >>> t = BinarySearchTree()
    >>> for k in [3, 1, 2]:
    ...     t[k] = k * k
    >>> t
    BinarySearchTree({1: 1, 2: 4, 3: 9})
    >>> del t[3]; t.min(), t.max(), len(t)
    (1, 2, 2)
    """

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        self.root: Any = None
        self._n = 0
        pairs = items.items() if isinstance(items, Mapping) else items
        for k, v in pairs:
            self[k] = v

    def _node(self, key: K) -> Node[K, V] | None:
        node = self.root
        while node is not None:
            if key < node.key:
                node = node.left
            elif node.key < key:
                node = node.right
            else:
                return node
        return None

    def __getitem__(self, key: K) -> V:
        """The value for ``key``, found by one comparison per level. O(h).

        >>> BinarySearchTree({1: "a"})[1]
        'a'
        >>> BinarySearchTree()[1]
        Traceback (most recent call last):
            ...
        KeyError: 1
        """
        node = self._node(key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __setitem__(self, key: K, value: V) -> None:
        """Insert ``key`` as a new leaf, or replace its value. O(h).

        >>> t = BinarySearchTree(); t[1] = "a"; t[1] = "b"; t
        BinarySearchTree({1: 'b'})
        """
        parent, node = None, self.root
        while node is not None:
            if key < node.key:
                parent, node = node, node.left
            elif node.key < key:
                parent, node = node, node.right
            else:
                node.value = value
                return
        leaf = Node(key, value)
        if parent is None:
            self.root = leaf
        elif key < parent.key:
            parent.left = leaf
        else:
            parent.right = leaf
        self._n += 1

    def __delitem__(self, key: K) -> None:
        """Remove ``key`` (Hibbard deletion). O(h).

        >>> t = BinarySearchTree({2: 0, 1: 0, 3: 0}); del t[2]; list(t), t.root.key
        ([1, 3], 3)
        """
        parent, node = None, self.root
        while node is not None and (key < node.key or node.key < key):
            parent, node = node, (node.left if key < node.key else node.right)
        if node is None:
            raise KeyError(key)
        if node.left is not None and node.right is not None:
            # Copy the successor here, then remove the successor: it has no left child.
            parent, successor = node, node.right
            while successor.left is not None:
                parent, successor = successor, successor.left
            node.key, node.value = successor.key, successor.value
            node = successor
        child = node.left if node.left is not None else node.right
        if parent is None:
            self.root = child
        elif parent.left is node:
            parent.left = child
        else:
            parent.right = child
        self._n -= 1

    def min(self) -> K:
        """The smallest key: keep going left. O(h).

        >>> BinarySearchTree({2: 0, 1: 0}).min()
        1
        >>> BinarySearchTree().min()
        Traceback (most recent call last):
            ...
        ValueError: min() of an empty tree; insert a key first
        """
        node = self.root
        if node is None:
            raise ValueError("min() of an empty tree; insert a key first")
        while node.left is not None:
            node = node.left
        return node.key

    def max(self) -> K:
        """The largest key: keep going right. O(h).

        >>> BinarySearchTree({2: 0, 1: 0}).max()
        2
        """
        node = self.root
        if node is None:
            raise ValueError("max() of an empty tree; insert a key first")
        while node.right is not None:
            node = node.right
        return node.key

    def floor(self, key: K) -> K | None:
        """The largest key ``<= key``, or None if every key is larger. O(h).

        >>> t = BinarySearchTree.fromkeys([10, 20]); t.floor(15), t.floor(20), t.floor(5)
        (10, 20, None)
        """
        best, node = None, self.root
        while node is not None:
            if key < node.key:
                node = node.left
            else:
                best, node = node.key, node.right  # a candidate; a closer one may lie right
        return best

    def ceiling(self, key: K) -> K | None:
        """The smallest key ``>= key``, or None if every key is smaller. O(h).

        >>> t = BinarySearchTree.fromkeys([10, 20]); t.ceiling(15), t.ceiling(25)
        (20, None)
        """
        best, node = None, self.root
        while node is not None:
            if node.key < key:
                node = node.right
            else:
                best, node = node.key, node.left
        return best

    def clear(self) -> None:
        """Remove every key by dropping the root. O(1) here, O(n) for the memory to be freed.

        (The inherited ``MutableMapping.clear`` pops keys one at a time, each pop a search:
        O(n h), quadratic on a degenerate tree.)

        >>> t = BinarySearchTree.fromkeys(range(5)); t.clear(); len(t), list(t)
        (0, [])
        """
        self.root = None
        self._n = 0

    @classmethod
    def fromkeys(cls, keys: Iterable[K], value: Any = None) -> BinarySearchTree[K, Any]:
        """A tree with the given keys, inserted in order, all mapped to ``value``. O(n h).

        >>> BinarySearchTree.fromkeys("ba")
        BinarySearchTree({'a': None, 'b': None})
        """
        return cls((k, value) for k in keys)

    @property
    def height(self) -> int:
        """Nodes on the longest root-to-leaf path (0 for an empty tree). O(n).

        >>> BinarySearchTree.fromkeys(range(5)).height  # sorted inserts: a path
        5
        """
        height, level = 0, [self.root] if self.root is not None else []
        while level:  # breadth first, so a degenerate tree does not recurse n deep
            height += 1
            level = [c for n in level for c in (n.left, n.right) if c is not None]
        return height

    def __len__(self) -> int:
        """Number of keys. O(1).

        >>> len(BinarySearchTree({1: 1}))
        1
        """
        return self._n

    def __iter__(self) -> Iterator[K]:
        """Keys in sorted order: an in-order walk with an explicit stack. O(n).

        >>> list(BinarySearchTree.fromkeys([2, 3, 1]))
        [1, 2, 3]
        """
        stack, node = [], self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def __repr__(self) -> str:
        """Show the pairs in key order.

        >>> BinarySearchTree()
        BinarySearchTree({})
        """
        return f"{type(self).__name__}({dict(self.items())!r})"

    def _check(self) -> None:
        """Assert search-tree order and the size; used by the tests. O(n).

        >>> BinarySearchTree({1: 1, 0: 0})._check()
        """
        keys = list(self)
        assert all(a < b for a, b in itertools.pairwise(keys)), "order broken"
        assert len(keys) == self._n
