"""Validate a binary search tree."""

from practice.types import TreeNode


def is_valid_bst(root: TreeNode | None) -> bool:
    """Return whether the tree is a binary search tree with strictly ordered, distinct values."""
    raise NotImplementedError("write your solution here")
