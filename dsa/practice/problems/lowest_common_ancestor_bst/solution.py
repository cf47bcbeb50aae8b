"""Lowest common ancestor in a binary search tree: walk down until p and q split.

While both values are smaller than the current node they both lie in its left subtree, so every
common ancestor below is on the left; symmetrically on the right. At the first node where that
stops being true, p and q are on different sides (or one of them is the node), so no deeper node
holds both: this node is the lowest common ancestor.

Time O(h) for height h; space O(1).
"""

from practice.types import TreeNode


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    """Return the value of the deepest node whose subtree holds both values ``p`` and ``q``."""
    node = root
    while True:
        if p < node.val and q < node.val:
            node = node.left
        elif p > node.val and q > node.val:
            node = node.right
        else:
            return node.val
