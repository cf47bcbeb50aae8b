"""Top level only: swaps the root's children but never recurses into the subtrees."""

from practice.types import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    if root is not None:
        root.left, root.right = root.right, root.left
    return root
