"""Left-leaning red–black tree: a 2-3 tree drawn as a binary search tree with red and black links.

A **2-3 tree** keeps every leaf at the same depth by letting a node hold one key (two children)
or two keys (three children). Inserting into a leaf that already has two keys makes a temporary
3-key node; split it, and push its middle key up into the parent, which may split in turn. The
tree grows only at the root, so it stays perfectly balanced: height ≤ log2(n + 1).

Sedgewick's **left-leaning red–black tree** (2008) stores a 2-3 tree as an ordinary binary
search tree, so searching is the plain BST search. A 3-node becomes two binary nodes joined by
a *red* link leaning left; every other link is *black*. Invariants, each the image of a 2-3
tree property:

1. search-tree order;
2. red links lean left (a 3-node is drawn one way only);
3. no node has two red links touching it (there are no 4-nodes at rest);
4. every path from the root to an empty link has the same number of black links — the 2-3
   tree's perfect balance.

(3) and (4) bound the height: a path alternates red and black links at worst, so it is at most
twice the black height, and ``height ≤ 2 log2(n + 1)``. Every search is O(log n).

Insertion adds a red link at the bottom (a key joins its leaf) and repairs on the way back up
with three local moves: *rotate left* a right-leaning red link, *rotate right* the upper of two
reds in a row, and *flip colours* when both children are red — the split of a 4-node, passing a
red link up to the parent. Deletion works top-down in the opposite direction: it keeps the
current node from being a 2-node (by borrowing from a sibling or merging with it, which are
again rotations and flips — ``_move_red_left`` / ``_move_red_right``), so the key can be
removed from the bottom without breaking (4), and repairs the same way on the way up.

| operation | time | extra space |
|---|---|---|
| ``t[k]``, ``k in t`` | O(log n) | O(1) |
| ``t[k] = v``, ``del t[k]`` | O(log n) | O(log n) — recursion one level per tree level |
| ``min``, ``max``, ``floor``, ``ceiling`` | O(log n) | O(1) |
| in-order iteration | O(n) | O(log n) |

Lookups, ``floor``, ``ceiling`` and iteration are inherited from
:class:`~dsa.structures.binary_search_tree.BinarySearchTree`. The recursion in insert and delete
is one call per level, and the height is at most ``2 log2(n + 1)``: at most about 60 levels even
for a billion keys.

>>> t = RedBlackTree.fromkeys(range(1, 8))  # sorted inserts: a plain BST would be a path
>>> t.height, t.black_height, list(t)
(3, 3, [1, 2, 3, 4, 5, 6, 7])
>>> del t[4]; t.root.key, len(t)
(5, 6)
"""

from __future__ import annotations

from typing import Any, TypeVar

from dsa.structures.binary_search_tree import BinarySearchTree, Node

K = TypeVar("K")
V = TypeVar("V")

__all__ = ["RedBlackTree"]


class RBNode(Node[K, V]):
    """A node and the colour of the link from its parent (a new node's link is red).

    >>> RBNode(1, "a").red
    True
    """

    __slots__ = ("red",)

    def __init__(self, key: K, value: V) -> None:
        super().__init__(key, value)
        self.red = True


def _red(node: RBNode | None) -> bool:
    return node is not None and node.red


def _rotate_left(h: RBNode) -> RBNode:
    x = h.right
    h.right, x.left = x.left, h
    x.red, h.red = h.red, True
    return x


def _rotate_right(h: RBNode) -> RBNode:
    x = h.left
    h.left, x.right = x.right, h
    x.red, h.red = h.red, True
    return x


def _flip(h: RBNode) -> None:
    h.red = not h.red
    h.left.red = not h.left.red
    h.right.red = not h.right.red


def _fix_up(h: RBNode) -> RBNode:
    """Restore invariants 2 and 3 at ``h`` after a change below it."""
    if _red(h.right) and not _red(h.left):
        h = _rotate_left(h)
    if _red(h.left) and _red(h.left.left):
        h = _rotate_right(h)
    if _red(h.left) and _red(h.right):
        _flip(h)
    return h


def _move_red_left(h: RBNode) -> RBNode:
    """Make ``h.left`` or one of its children red, borrowing from the right sibling if it can."""
    _flip(h)
    if _red(h.right.left):
        h.right = _rotate_right(h.right)
        h = _rotate_left(h)
        _flip(h)
    return h


def _move_red_right(h: RBNode) -> RBNode:
    """Make ``h.right`` or one of its children red, borrowing from the left sibling if it can."""
    _flip(h)
    if _red(h.left.left):
        h = _rotate_right(h)
        _flip(h)
    return h


def _delete_min(h: RBNode) -> RBNode | None:
    if h.left is None:
        return None
    if not _red(h.left) and not _red(h.left.left):
        h = _move_red_left(h)
    h.left = _delete_min(h.left)
    return _fix_up(h)


class RedBlackTree(BinarySearchTree[K, V]):
    """A left-leaning red–black tree mapping keys to values (a sorted map).

    >>> t = RedBlackTree({"b": 2, "a": 1}); t["c"] = 3
    >>> list(t.items()), t.floor("bb")
    ([('a', 1), ('b', 2), ('c', 3)], 'b')
    """

    def __setitem__(self, key: K, value: V) -> None:
        """Insert or replace, then repair on the way back up. O(log n).

        >>> t = RedBlackTree.fromkeys([1, 2]); t[3] = None; t.root.key  # a split
        2
        """
        self.root = self._insert(self.root, key, value)
        self.root.red = False

    def _insert(self, h: RBNode | None, key: K, value: V) -> RBNode:
        if h is None:
            self._n += 1
            return RBNode(key, value)
        if key < h.key:
            h.left = self._insert(h.left, key, value)
        elif h.key < key:
            h.right = self._insert(h.right, key, value)
        else:
            h.value = value
        return _fix_up(h)

    def __delitem__(self, key: K) -> None:
        """Remove ``key``, keeping the path free of 2-nodes on the way down. O(log n).

        >>> t = RedBlackTree.fromkeys(range(3)); del t[0]; list(t)
        [1, 2]
        >>> del t[7]
        Traceback (most recent call last):
            ...
        KeyError: 7
        """
        if self._node(key) is None:
            raise KeyError(key)
        if not _red(self.root.left) and not _red(self.root.right):
            self.root.red = True  # the root may be borrowed from; it is recoloured black after
        self.root = self._delete(self.root, key)
        self._n -= 1
        if self.root is not None:
            self.root.red = False

    def _delete(self, h: RBNode, key: K) -> RBNode | None:
        if key < h.key:
            if not _red(h.left) and not _red(h.left.left):
                h = _move_red_left(h)
            h.left = self._delete(h.left, key)
        else:
            if _red(h.left):
                h = _rotate_right(h)
            if not (h.key < key) and h.right is None:  # the key, at the bottom: unlink it
                return None
            if not _red(h.right) and not _red(h.right.left):
                h = _move_red_right(h)
            if h.key < key:
                h.right = self._delete(h.right, key)
            else:  # the key, with a right subtree: take its successor's place
                successor = h.right
                while successor.left is not None:
                    successor = successor.left
                h.key, h.value = successor.key, successor.value
                h.right = _delete_min(h.right)
        return _fix_up(h)

    @property
    def black_height(self) -> int:
        """Black links on every path from the root down to an empty link (the root counts).

        It is the height of the 2-3 tree this tree draws. O(log n).

        >>> RedBlackTree.fromkeys(range(10)).black_height
        3
        """
        count, node = 0, self.root
        while node is not None:
            count += not node.red
            node = node.left
        return count

    def _check(self) -> None:
        """Assert the four invariants and the size; used by the tests. O(n).

        >>> RedBlackTree.fromkeys(range(20))._check()
        """
        super()._check()
        assert not _red(self.root), "the root must be black"

        def black_links(node: Any) -> int:  # one call per level: O(log n) deep
            if node is None:
                return 0
            assert not _red(node.right), f"red link leans right at {node.right.key!r}"
            assert not (_red(node) and _red(node.left)), f"two reds in a row at {node.key!r}"
            left, right = black_links(node.left), black_links(node.right)
            assert left == right, f"black heights differ below {node.key!r}"
            return left + (not node.red)

        black_links(self.root)
