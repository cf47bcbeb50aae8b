"""Too slow: at every node, walks its whole left and right subtrees for their largest and
smallest values, O(n·h) where one pass with bounds is O(n)."""

from practice.types import TreeNode


def _values(node: TreeNode | None) -> list[int]:
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        if current is not None:
            out.append(current.val)
            stack += [current.left, current.right]
    return out


def is_valid_bst(root: TreeNode | None) -> bool:
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        left, right = _values(node.left), _values(node.right)
        if (left and max(left) >= node.val) or (right and min(right) <= node.val):
            return False
        stack += [node.left, node.right]
    return True
