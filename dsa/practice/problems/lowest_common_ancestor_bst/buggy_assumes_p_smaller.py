"""Assumes p < q: steers by q on the left and p on the right, which fails when p > q."""

from practice.types import TreeNode


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    node = root
    while True:
        if q < node.val:
            node = node.left
        elif p > node.val:
            node = node.right
        else:
            return node.val
