"""Level-order traversal: breadth-first search with a queue, one round per level.

A first-in, first-out queue hands out nodes in the order they were discovered, so a whole level
leaves the queue before any node of the next. At the start of a round the queue holds exactly one
level; popping that many nodes, while queueing their children left before right, builds that
level's list and leaves the next level in the queue.

Time O(n); space O(n) for the queue and the answer.
"""

from collections import deque

from practice.types import TreeNode


def level_order(root: TreeNode | None) -> list[list[int]]:
    """Return the tree's values level by level, each level from left to right."""
    levels: list[list[int]] = []
    queue = deque([root] if root is not None else [])
    while queue:
        level = []
        for _ in range(len(queue)):
            node = queue.popleft()
            level.append(node.val)
            queue.extend(child for child in (node.left, node.right) if child is not None)
        levels.append(level)
    return levels
