"""Node types shared by the linked-list and tree problems, and helpers to build and read them.

Starters, solutions and tests all import these, so a learner's nodes and the checker's nodes are
the same class.

>>> list_values(build_list([1, 2, 3]))
[1, 2, 3]
>>> tree_values(build_tree([4, 2, 7, None, 3]))
[4, 2, 7, None, 3]
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any


@dataclass(eq=False)
class ListNode:
    """A singly linked list node.

    >>> ListNode(1, ListNode(2)).next.val
    2
    """

    val: Any = 0
    next: ListNode | None = None


@dataclass(eq=False)
class TreeNode:
    """A binary tree node.

    >>> TreeNode(1, left=TreeNode(0)).left.val
    0
    """

    val: Any = 0
    left: TreeNode | None = None
    right: TreeNode | None = None


def build_list(values: list[Any]) -> ListNode | None:
    """Link ``values`` into a list and return its head (``None`` for no values). O(n).

    >>> build_list([]) is None
    True
    """
    head: ListNode | None = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


def list_values(head: ListNode | None, limit: int = 1_000_000) -> list[Any]:
    """The values of the list from ``head``; ``ValueError`` if it has a cycle. O(n).

    Floyd's two pointers find a cycle without extra memory; ``limit`` guards against lists too
    long to be intended.

    >>> list_values(None)
    []
    >>> node = ListNode(1); node.next = node
    >>> list_values(node)
    Traceback (most recent call last):
    ...
    ValueError: the list has a cycle, so it has no list of values
    """
    values: list[Any] = []
    slow = fast = head
    while fast is not None:
        values.append(fast.val)
        fast = fast.next
        if fast is None:
            break
        values.append(fast.val)
        fast = fast.next
        slow = slow.next if slow is not None else None
        if fast is not None and fast is slow:
            raise ValueError("the list has a cycle, so it has no list of values")
        if len(values) > limit:
            raise ValueError(f"the list is longer than {limit} nodes")
    return values


def build_tree(level_order: list[Any]) -> TreeNode | None:
    """Build a tree from a level-order listing where ``None`` marks a missing child. O(n).

    >>> root = build_tree([1, None, 2])
    >>> root.left is None, root.right.val
    (True, 2)
    """
    if not level_order or level_order[0] is None:
        return None
    root = TreeNode(level_order[0])
    parents = deque([root])
    values = iter(level_order[1:])
    while parents:
        parent = parents.popleft()
        for side in ("left", "right"):
            value = next(values, None)
            if value is not None:
                child = TreeNode(value)
                setattr(parent, side, child)
                parents.append(child)
    return root


def tree_values(root: TreeNode | None) -> list[Any]:
    """The level-order listing of a tree, ``None`` for missing children, trailing ``None``s trimmed.

    It is the inverse of :func:`build_tree`. O(n).

    >>> tree_values(None)
    []
    >>> tree_values(build_tree([1, 2, None, 3]))
    [1, 2, None, 3]
    """
    listing: list[Any] = []
    queue: deque[TreeNode | None] = deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            listing.append(None)
            continue
        listing.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while listing and listing[-1] is None:
        listing.pop()
    return listing
