"""Wrong type: each level is returned as a tuple of values, not a list."""

from practice.types import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    levels = []
    current = [root] if root is not None else []
    while current:
        levels.append(tuple(node.val for node in current))
        current = [child for node in current for child in (node.left, node.right)
                   if child is not None]
    return levels
