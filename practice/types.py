"""Node types shared by the linked-list and tree problems, and helpers to build and read them.

Starters, solutions and tests all import these, so a learner's nodes and the checker's nodes are
the same class. They are the only classes besides Python's built-in data types that may cross
between the checker and the learner's process (see :mod:`practice.wire`).

Every assignment to a node's attribute ticks a shared clock (:func:`node_clock`). The checker
reads it to know, in O(1), that no node changed since it last sent a tree: a test that asks a
thousand questions about one tree of 10⁵ nodes then sends the tree once, not a thousand times.

>>> list_values(build_list([1, 2, 3]))
[1, 2, 3]
>>> tree_values(build_tree([4, 2, 7, None, 3]))
[4, 2, 7, None, 3]
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any

_clock = [0]  # assignments to node attributes so far, in this process


def node_clock() -> int:
    """How many node attributes were assigned in this process so far.

    >>> before = node_clock(); _ = ListNode(1); node_clock() - before
    2
    """
    return _clock[0]


class _Node:
    """Base of the node classes: counts every attribute assignment on the shared clock."""

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        _clock[0] += 1


@dataclass(eq=False)
class ListNode(_Node):
    """A singly linked list node.

    >>> ListNode(1, ListNode(2)).next.val
    2
    """

    val: Any = 0
    next: ListNode | None = None


@dataclass(eq=False)
class TreeNode(_Node):
    """A binary tree node.

    >>> TreeNode(1, left=TreeNode(0)).left.val
    0
    """

    val: Any = 0
    left: TreeNode | None = None
    right: TreeNode | None = None


NODE_TYPES: tuple[type, ...] = (ListNode, TreeNode)  # the node types data may hold


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
