"""Binary tree traversals: pre-, in-, post- and level order, each with a loop, not recursion.

A traversal visits every node once; the orders differ in *when* a node is visited relative to
its subtrees:

* **preorder** — node, left subtree, right subtree (copying a tree, writing prefix expressions);
* **inorder** — left, node, right (a binary search tree comes out sorted);
* **postorder** — left, right, node (freeing a tree, evaluating an expression: children first);
* **level order** — by depth, left to right (breadth-first; shortest distance from the root).

The recursive versions are three lines each, and they hide a stack: Python's call stack, which
overflows (``RecursionError``) on a tree a few thousand levels deep — a degenerate search tree
built from sorted keys is exactly that. Here each order keeps its own stack:

* preorder pops a node, visits it, and pushes its right child before its left (so the left is
  popped first). Invariant: the stack holds the roots of the subtrees still to visit, in order.
* inorder walks left pushing nodes, pops one, visits it, then moves to its right subtree.
  Invariant: the stack holds the ancestors whose left subtree is being visited and which are
  themselves still to come.
* postorder is inorder's walk, but a node is visited only once its right subtree is done; the
  last visited node tells whether we are coming back from the right.
* level order is breadth-first search: a queue instead of a stack, taken here a whole level at
  a time (the next level is the children of this one, left to right), one list per level.

Every node is pushed and popped once: time O(n), extra space O(h) for the stacks (``h`` the
height, up to ``n``) and O(width) for the queue.

>>> root = from_level_order([4, 2, 6, 1, 3, 5, 7])
>>> preorder(root), inorder(root)
([4, 2, 1, 3, 6, 5, 7], [1, 2, 3, 4, 5, 6, 7])
>>> postorder(root), level_order(root)
([1, 3, 2, 5, 7, 6, 4], [[4], [2, 6], [1, 3, 5, 7]])
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

__all__ = ["TreeNode", "from_level_order", "inorder", "level_order", "postorder", "preorder"]


@dataclass(eq=False)
class TreeNode(Generic[T]):
    """A binary tree node: a ``value`` and optional ``left`` and ``right`` children.

    >>> TreeNode(1, TreeNode(0)).left.value
    0
    """

    value: T
    left: TreeNode[T] | None = None
    right: TreeNode[T] | None = None


def from_level_order(values: Sequence[T | None]) -> TreeNode[T] | None:
    """Build a tree from values listed level by level, ``None`` marking a missing child.

    The format of many exercise sites: the children of the k-th present node are the next two
    entries not yet used.

    >>> inorder(from_level_order([1, None, 2, 3]))
    [1, 3, 2]
    >>> from_level_order([]) is None
    True
    """
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    waiting = deque([root])  # nodes whose children are still to be read
    i = 1
    while waiting and i < len(values):
        node = waiting.popleft()
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                child = TreeNode(values[i])
                setattr(node, side, child)
                waiting.append(child)
            i += 1
    return root


def preorder(root: TreeNode[T] | None) -> list[T]:
    """Values in preorder: node, then left subtree, then right subtree.

    >>> preorder(from_level_order([1, 2, 3, None, 4]))
    [1, 2, 4, 3]
    """
    out: list[T] = []
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        out.append(node.value)
        if node.right:
            stack.append(node.right)
        if node.left:
            stack.append(node.left)
    return out


def inorder(root: TreeNode[T] | None) -> list[T]:
    """Values in inorder: left subtree, node, right subtree.

    >>> inorder(from_level_order([2, 1, 3]))
    [1, 2, 3]
    """
    out: list[T] = []
    stack: list[TreeNode[T]] = []
    node = root
    while stack or node:
        while node:  # go as far left as possible, remembering the way back
            stack.append(node)
            node = node.left
        node = stack.pop()
        out.append(node.value)
        node = node.right
    return out


def postorder(root: TreeNode[T] | None) -> list[T]:
    """Values in postorder: left subtree, right subtree, node.

    >>> postorder(from_level_order([1, 2, 3, None, 4]))
    [4, 2, 3, 1]
    """
    out: list[T] = []
    stack: list[TreeNode[T]] = []
    node, last = root, None
    while stack or node:
        while node:
            stack.append(node)
            node = node.left
        top = stack[-1]
        if top.right and top.right is not last:  # right subtree not done yet: do it first
            node = top.right
        else:
            out.append(top.value)
            last = stack.pop()
    return out


def level_order(root: TreeNode[T] | None) -> list[list[T]]:
    """Values level by level, each level left to right.

    >>> level_order(from_level_order([1, 2, 3, None, 4]))
    [[1], [2, 3], [4]]
    >>> level_order(None)
    []
    """
    levels: list[list[T]] = []
    level = [root] if root else []
    while level:
        levels.append([node.value for node in level])
        level = [child for node in level for child in (node.left, node.right) if child]
    return levels
