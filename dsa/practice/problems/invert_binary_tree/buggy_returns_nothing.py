"""Wrong return: mirrors the tree in place but forgets to return the root, so it returns None."""

from practice.types import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        stack.extend(child for child in (node.left, node.right) if child is not None)
