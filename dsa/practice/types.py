"""The list and tree nodes of the DSA problems; they live in :mod:`practice.types`.

Kept so that a file started before the engine moved (``from dsa.practice.types import
ListNode``) still imports.

>>> from dsa.practice.types import ListNode
>>> ListNode(1).val
1
"""

from practice.types import ListNode, TreeNode, build_list, build_tree, list_values, tree_values

__all__ = ["ListNode", "TreeNode", "build_list", "build_tree", "list_values", "tree_values"]
