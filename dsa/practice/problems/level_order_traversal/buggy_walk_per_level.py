"""Too slow: collects each level by a fresh depth-first walk from the root down to that depth,
O(n·h) instead of one breadth-first pass, O(n)."""

from practice.types import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    levels: list[list[int]] = []
    depth = 0
    while True:
        level = []
        stack = [(root, 0)] if root is not None else []
        while stack:
            node, d = stack.pop()
            if d == depth:
                level.append(node.val)
                continue
            for child in (node.right, node.left):
                if child is not None:
                    stack.append((child, d + 1))
        if not level:
            return levels
        levels.append(level)
        depth += 1
