"""Overwrites before reading: sets root.left first, then mirrors the new left as the right side."""

from practice.types import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    if root is None:
        return None
    root.left = invert_tree(root.right)
    root.right = invert_tree(root.left)
    return root
