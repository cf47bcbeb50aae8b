"""Validate a binary search tree by passing each node the open interval it must lie in.

The root may hold any value. A node's left subtree must lie below it and above the node's own lower
bound, and its right subtree above it and below the node's upper bound, so each child inherits one
bound from its ancestors and takes the other from its parent. ``None`` means "no bound" and is
tested with ``is None`` (zero is a real bound). An explicit stack avoids recursion.

Time O(n); space O(h) for the stack.
"""

from practice.types import TreeNode


def is_valid_bst(root: TreeNode | None) -> bool:
    """Return whether the tree is a binary search tree with strictly ordered, distinct values."""
    stack: list[tuple[TreeNode | None, int | None, int | None]] = [(root, None, None)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if (low is not None and node.val <= low) or (high is not None and node.val >= high):
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True
