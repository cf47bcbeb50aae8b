"""Not in place: builds and returns a new mirrored tree, leaving the given nodes unchanged."""

from practice.types import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    if root is None:
        return None
    return TreeNode(root.val, invert_tree(root.right), invert_tree(root.left))
