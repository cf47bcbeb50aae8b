"""Invert a binary tree."""

from practice.types import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    """Mirror the tree in place (swap every node's children) and return its root."""
    raise NotImplementedError("write your solution here")
