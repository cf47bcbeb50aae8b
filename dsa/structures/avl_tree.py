"""AVL tree: a binary search tree that rotates itself back into balance after every change.

A plain binary search tree (:mod:`dsa.structures.binary_search_tree`) is only as fast as it is
short, and sorted inserts make it a path. Adelson-Velsky and Landis (1962) keep it short with
one extra rule.

Invariant (AVL balance): at every node the heights of the two subtrees differ by at most 1
(on top of search-tree order). Each node stores its height so the *balance factor*
``height(left) - height(right)`` is known in O(1).

Why that bounds the height: let ``N(h)`` be the fewest nodes an AVL tree of height ``h`` can
have. Its root has one subtree of height ``h - 1`` and, at worst, one of ``h - 2``, so
``N(h) = N(h - 1) + N(h - 2) + 1``, a Fibonacci recurrence: ``N(h)`` grows like ``phi**h``
and so ``h < 1.4405 log2(n + 2) - 0.3277``. Every search is O(log n).

Restoring balance: an insert or delete changes heights only on the path back up to the root.
Walking back up, a node whose balance factor reaches +2 or -2 is fixed by a **rotation**, which
turns a parent-child edge around while keeping in-order order. If the taller subtree leans the
same way as its parent (left-left), one rotation at the node fixes it; if it leans the other
way (left-right), first rotate the child, then the node. An insert needs at most one such fix;
a delete may need one per level.

``y`` rotated right (``x`` is its left child; ``A < x < B < y < C``)::

        y            x
       / \\          / \\
      x   C   ->   A   y
     / \\              / \\
    A   B            B   C

| operation                                 | time     | extra space          |
|-------------------------------------------|----------|----------------------|
| ``t[k]``, ``k in t``                      | O(log n) | O(1)                 |
| ``t[k] = v``, ``del t[k]``                | O(log n) | O(log n) (recursion) |
| ``min``, ``max``, ``floor``, ``ceiling``  | O(log n) | O(1)                 |
| ``height``                                | O(1)     | O(1)                 |
| in-order iteration                        | O(n)     | O(log n)             |

The tree holds O(n) space. Lookups, iteration, ``floor`` and the rest are inherited from
:class:`~dsa.structures.binary_search_tree.BinarySearchTree`; only the two changing operations
differ.

>>> t = AVLTree.fromkeys(range(1, 8))  # sorted inserts
>>> t.height, t.root.key
(3, 4)
"""

from __future__ import annotations

from typing import Any, TypeVar

from dsa.structures.binary_search_tree import BinarySearchTree, Node

K = TypeVar("K")
V = TypeVar("V")

__all__ = ["AVLNode", "AVLTree"]


class AVLNode(Node[K, V]):
    """A search-tree node that also stores the height of its subtree (a leaf has height 1).

    >>> AVLNode(1, "a").height
    1
    """

    __slots__ = ("height",)

    def __init__(self, key: K, value: V) -> None:
        super().__init__(key, value)
        self.height = 1


def _height(node: AVLNode | None) -> int:
    return node.height if node is not None else 0


def _update(node: AVLNode) -> None:
    node.height = 1 + max(_height(node.left), _height(node.right))


def _balance(node: AVLNode) -> int:
    return _height(node.left) - _height(node.right)


def _rotate_right(y: AVLNode) -> AVLNode:
    x = y.left
    y.left, x.right = x.right, y
    _update(y)
    _update(x)
    return x


def _rotate_left(x: AVLNode) -> AVLNode:
    y = x.right
    x.right, y.left = y.left, x
    _update(x)
    _update(y)
    return y


def _rebalance(node: AVLNode) -> AVLNode:
    """Fix ``node`` if its balance factor is +-2 and return the subtree's new root."""
    _update(node)
    balance = _balance(node)
    if balance > 1:
        if _balance(node.left) < 0:  # left-right: straighten the child first
            node.left = _rotate_left(node.left)
        return _rotate_right(node)
    if balance < -1:
        if _balance(node.right) > 0:  # right-left
            node.right = _rotate_right(node.right)
        return _rotate_left(node)
    return node


class AVLTree(BinarySearchTree[K, V]):
    """A self-balancing binary search tree mapping keys to values.

    >>> t = AVLTree({3: "c", 1: "a", 2: "b"})
    >>> t.root.key, list(t.items())
    (2, [(1, 'a'), (2, 'b'), (3, 'c')])
    >>> del t[2]; t[1], len(t), t.height
    ('a', 2, 2)
    """

    def __setitem__(self, key: K, value: V) -> None:
        """Insert or replace, then rebalance on the way back up. O(log n).

        >>> t = AVLTree.fromkeys([1, 2]); t[3] = None; t.root.key  # a rotation at 1
        2
        """
        self.root = self._insert(self.root, key, value)

    # _insert and _delete recurse once per level: the balance invariant keeps the height under
    # 1.44 log2(n + 2), so the depth is at most about 45 even for 2**30 keys.
    def _insert(self, node: AVLNode | None, key: K, value: V) -> AVLNode:
        if node is None:
            self._n += 1
            return AVLNode(key, value)
        if key < node.key:
            node.left = self._insert(node.left, key, value)
        elif node.key < key:
            node.right = self._insert(node.right, key, value)
        else:
            node.value = value
            return node
        return _rebalance(node)

    def __delitem__(self, key: K) -> None:
        """Remove ``key``, then rebalance on the way back up. O(log n).

        >>> t = AVLTree.fromkeys([2, 1, 3, 4]); del t[1]; t.root.key, t.height
        (3, 2)
        >>> del t[9]
        Traceback (most recent call last):
            ...
        KeyError: 9
        """
        self.root = self._delete(self.root, key)

    def _delete(self, node: AVLNode | None, key: K) -> AVLNode | None:
        if node is None:
            raise KeyError(key)
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif node.key < key:
            node.right = self._delete(node.right, key)
        elif node.left is None or node.right is None:
            self._n -= 1
            return node.left if node.left is not None else node.right
        else:
            successor = node.right
            while successor.left is not None:
                successor = successor.left
            node.key, node.value = successor.key, successor.value
            node.right = self._delete(node.right, successor.key)
        return _rebalance(node)

    @property
    def height(self) -> int:
        """Height of the tree, stored at the root. O(1).

        >>> AVLTree.fromkeys(range(100)).height
        7
        """
        return _height(self.root)

    def _check(self) -> None:
        """Assert search-tree order, stored heights and AVL balance; used by the tests. O(n).

        >>> AVLTree.fromkeys(range(10))._check()
        """
        super()._check()

        def visit(node: Any) -> int:  # recursion one level per tree level: O(log n) deep
            if node is None:
                return 0
            left, right = visit(node.left), visit(node.right)
            assert node.height == 1 + max(left, right), f"stale height at {node.key!r}"
            assert abs(left - right) <= 1, f"unbalanced at {node.key!r}"
            return node.height

        visit(self.root)
