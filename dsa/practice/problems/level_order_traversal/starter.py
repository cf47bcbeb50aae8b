"""Level-order traversal."""

from practice.types import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    """Return the tree's values level by level, each level from left to right."""
    raise NotImplementedError("write your solution here")
