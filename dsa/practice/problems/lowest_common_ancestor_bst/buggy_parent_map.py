"""Too slow: maps every node to its parent with a full traversal on each call, then walks up
from p and q: O(n) per call where the ordering allows O(h)."""

from practice.types import TreeNode


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    parent: dict[int, int | None] = {root.val: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    ancestors = set()
    value: int | None = p
    while value is not None:
        ancestors.add(value)
        value = parent[value]
    value = q
    while value not in ancestors:
        value = parent[value]
    return value
