"""Stack instead of queue: pops the newest node first, so each level comes out reversed."""

from practice.types import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    levels: list[list[int]] = []
    stack = [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, depth + 1))
    return levels
