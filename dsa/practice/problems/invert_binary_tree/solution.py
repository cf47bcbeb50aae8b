"""Invert a binary tree: swap the two children of every node.

Mirroring a tree means mirroring both subtrees and exchanging them; doing the exchange at every
node, in any order, achieves exactly that. An explicit stack visits each node once without
recursion; both children are swapped in a single assignment so neither subtree is lost.

Time O(n); space O(h) for the stack (h the height, up to n for a chain).
"""

from practice.types import TreeNode


def invert_tree(root: TreeNode | None) -> TreeNode | None:
    """Mirror the tree in place (swap every node's children) and return its root."""
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        node.left, node.right = node.right, node.left
        stack.extend(child for child in (node.left, node.right) if child is not None)
    return root
