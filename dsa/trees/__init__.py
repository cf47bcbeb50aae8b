"""Trees: walking them, asking questions of rooted trees, and keeping search trees balanced.

:mod:`~dsa.trees.traversals` visits a binary tree in the four classic orders without recursion.
:mod:`~dsa.trees.lca` and :mod:`~dsa.trees.tree_dp` treat a tree as a graph with a chosen root:
ancestors by binary lifting, and answers computed children first (subtree sizes, the diameter,
an independent set). :mod:`~dsa.trees.red_black_tree` and :mod:`~dsa.trees.b_tree` are two ways
to keep a search tree's height logarithmic — a 2-3 tree drawn with red links, and nodes of many
keys. (The plain search tree and the AVL tree are in :mod:`dsa.structures`.)

>>> from dsa.trees import RedBlackTree, BTree
>>> keys = range(1000)
>>> RedBlackTree.fromkeys(keys).height, BTree.fromkeys(keys, min_degree=8).height
(10, 2)
"""

from dsa.trees.b_tree import BTree
from dsa.trees.lca import BinaryLifting
from dsa.trees.red_black_tree import RedBlackTree
from dsa.trees.traversals import (
    TreeNode,
    from_level_order,
    inorder,
    level_order,
    postorder,
    preorder,
)
from dsa.trees.tree_dp import children_first, max_independent_set, subtree_sizes, tree_diameter

__all__ = [
    "BTree",
    "BinaryLifting",
    "RedBlackTree",
    "TreeNode",
    "children_first",
    "from_level_order",
    "inorder",
    "level_order",
    "max_independent_set",
    "postorder",
    "preorder",
    "subtree_sizes",
    "tree_diameter",
]
