"""Ignores the ordering: searches both subtrees as for any binary tree, O(n) per call."""

from practice.types import TreeNode


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    def search(node: TreeNode | None) -> TreeNode | None:
        if node is None or node.val in (p, q):
            return node
        left, right = search(node.left), search(node.right)
        if left is not None and right is not None:
            return node
        return left if left is not None else right

    return search(root).val
