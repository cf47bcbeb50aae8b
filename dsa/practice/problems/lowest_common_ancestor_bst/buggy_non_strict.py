"""Not strict: uses <= when steering, so it walks past a node equal to p or q."""

from practice.types import TreeNode


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    node = root
    while True:
        if p <= node.val and q <= node.val and node.left is not None:
            node = node.left
        elif p >= node.val and q >= node.val and node.right is not None:
            node = node.right
        else:
            return node.val
