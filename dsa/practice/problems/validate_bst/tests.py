"""Tests for validate-bst."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true
from practice.types import TreeNode, build_tree


def in_order(node, out):
    if node is not None:
        in_order(node.left, out)
        out.append(node.val)
        in_order(node.right, out)
    return out


def oracle(root) -> bool:
    # a binary search tree is exactly a tree whose in-order listing strictly increases
    values = in_order(root, [])
    return all(a < b for a, b in pairwise(values))


def insert(root, value):
    if root is None:
        return TreeNode(value)
    node = root
    while True:
        side = "left" if value < node.val else "right"
        child = getattr(node, side)
        if child is None:
            setattr(node, side, TreeNode(value))
            return root
        node = child


def expect_bool(got, want, **inputs):
    expect_true(type(got) is bool, f"expected a bool, got {type(got).__name__}", **inputs)
    expect(got, want, **inputs)


def check(sol, level_order):
    expect_bool(sol.is_valid_bst(build_tree(level_order)), oracle(build_tree(level_order)),
                root=level_order)


def test_example_valid(sol):
    check(sol, [8, 3, 10, 1, 6, None, 14])


def test_example_deep_violation(sol):
    check(sol, [8, 3, 10, 1, 9])


def test_example_equal_child(sol):
    check(sol, [5, 5])


def test_empty(sol):
    expect(sol.is_valid_bst(None), True, root=[])


def test_single_node(sol):
    check(sol, [0])


def test_zero_as_a_bound(sol):
    check(sol, [0, None, 2, -1])
    check(sol, [0, -2, None, None, 1])
    check(sol, [-5, None, 0, None, 3, 0])


def test_equal_right_child(sol):
    check(sol, [2, 1, 2])


def test_negatives(sol):
    check(sol, [-10, -20, -5, -30, -15, -7, -1])


@given(level_order=st.lists(st.one_of(st.none(), st.integers(-4, 4)), max_size=15))
def test_matches_in_order_oracle(sol, level_order):
    check(sol, level_order)


@given(values=st.lists(st.integers(-6, 6), max_size=12))
def test_trees_built_by_insertion(sol, values):
    root = None
    for value in values:
        root = insert(root, value)
    # insertion sends duplicates right, so a repeated value makes the tree invalid
    expect(sol.is_valid_bst(root), len(set(values)) == len(values),
           root=f"inserting {values} in order (duplicates go right)")


def test_largest_complete_bst(sol):
    def level_order_of_range(lo, hi):
        # the perfect BST on lo..hi (hi - lo + 2 a power of two), listed level by level
        levels, ranges = [], [(lo, hi)]
        while ranges:
            levels.extend((a + b) // 2 for a, b in ranges)
            ranges = [r for a, b in ranges
                      for r in ((a, (a + b) // 2 - 1), ((a + b) // 2 + 1, b)) if r[0] <= r[1]]
        return levels

    level_order = level_order_of_range(-4_095, 4_095)
    expect(sol.is_valid_bst(build_tree(level_order)), True,
           root="the perfect BST on -4095..4095 (8191 nodes, root 0)")
    # -1 is the deepest node on the right edge of the root's left subtree; 1 fits its parent
    # locally but is larger than the root 0
    level_order[level_order.index(-1)] = 1
    expect(sol.is_valid_bst(build_tree(level_order)), False,
           root="the perfect BST on -4095..4095 (root 0), with the leaf -1 changed to 1")


def broom(values, chain):
    """A BST on the sorted ``values``: a right-leaning chain of the first ``chain`` values (so the
    height is at least ``chain``) above a balanced BST of the rest."""
    def balanced(lo, hi):
        if lo > hi:
            return None
        mid = (lo + hi) // 2
        return TreeNode(values[mid], balanced(lo, mid - 1), balanced(mid + 1, hi))

    root = balanced(chain, len(values) - 1)
    for value in reversed(values[:chain]):
        root = TreeNode(value, None, root)
    return root


def test_largest_extreme_values(sol):
    # 10,000 nodes from -10**9 to 10**9, height 499: a chain of 485 smallest values above a
    # balanced BST of the other 9,515. Comparing each node with its whole subtree's extremes
    # takes ~5·10⁶ steps; one pass with bounds takes 10⁴.
    values = [-10**9 + 200_000 * i for i in range(9_999)] + [10**9]
    shown = "10,000 nodes from -10**9 to 10**9, height 499"
    expect_bool(sol.is_valid_bst(broom(values, 485)), True, root=shown)
    values[-1], values[-2] = values[-2], values[-1]
    expect_bool(sol.is_valid_bst(broom(values, 485)), False, root=shown + ", two values swapped")


def test_extreme_values_small(sol):
    check(sol, [0, -10**9, 10**9])
    check(sol, [-10**9, None, 10**9])
    check(sol, [10**9, -10**9])
    check(sol, [-10**9, -10**9])
