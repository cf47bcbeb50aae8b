"""Not strict: lets a value equal its bound, so duplicates pass."""

from practice.types import TreeNode


def is_valid_bst(root: TreeNode | None, low: float = float("-inf"),
                 high: float = float("inf")) -> bool:
    if root is None:
        return True
    if not low <= root.val <= high:
        return False
    return (is_valid_bst(root.left, low, root.val)
            and is_valid_bst(root.right, root.val, high))
