"""Truthiness bug: tests a bound with `if low and ...`, so a bound of 0 counts as no bound."""

from practice.types import TreeNode


def is_valid_bst(root: TreeNode | None, low: int | None = None, high: int | None = None) -> bool:
    if root is None:
        return True
    if (low and root.val <= low) or (high and root.val >= high):
        return False
    return (is_valid_bst(root.left, low, root.val)
            and is_valid_bst(root.right, root.val, high))
