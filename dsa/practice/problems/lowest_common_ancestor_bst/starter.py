"""Lowest common ancestor in a binary search tree."""

from practice.types import TreeNode


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    """Return the value of the deepest node whose subtree holds both values ``p`` and ``q``."""
    raise NotImplementedError("write your solution here")
