"""Bad sentinel: the root's bounds start at -10**9 and 10**9 as "beyond any value", but values may
equal them, and the strict test then rejects a node holding -10**9 or 10**9."""

from practice.types import TreeNode


def is_valid_bst(root: TreeNode | None) -> bool:
    stack = [(root, -10**9, 10**9)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if not low < node.val < high:
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True
