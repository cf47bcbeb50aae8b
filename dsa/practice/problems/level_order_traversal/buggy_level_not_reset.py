"""Forgets to reset: one level list is reused, so every level keeps the values of all before it."""

from collections import deque

from practice.types import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    levels: list[list[int]] = []
    queue = deque([root] if root is not None else [])
    level: list[int] = []
    while queue:
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node.val)
            queue.extend(child for child in (node.left, node.right) if child is not None)
        levels.append(list(level))
    return levels
