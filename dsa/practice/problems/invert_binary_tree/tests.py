"""Tests for invert-binary-tree."""

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect
from dsa.practice.types import TreeNode, build_tree, tree_values


def mirrored(node):
    """A new tree that is the mirror of ``node`` (the original is left alone)."""
    if node is None:
        return None
    return TreeNode(node.val, mirrored(node.right), mirrored(node.left))


def check(sol, level_order):
    want = tree_values(mirrored(build_tree(level_order)))
    root = build_tree(level_order)
    result = sol.invert_tree(root)
    expect(tree_values(result), want, root=tree_values(build_tree(level_order)))
    if root is not None:
        expect(result is root, True, root=tree_values(build_tree(level_order)))


def test_example_full(sol):
    check(sol, [6, 2, 9, 1, 4, None, 12])


def test_example_left_chain(sol):
    check(sol, [1, 2, None, 3])


def test_example_empty(sol):
    expect(sol.invert_tree(None), None, root=[])


def test_single_node(sol):
    check(sol, [5])


def test_duplicates_and_negatives(sol):
    check(sol, [0, -1, -1, 3, None, None, 3])


def test_only_deeper_levels_differ(sol):
    check(sol, [1, 2, 2, 3, 4, 4, 3])


@given(level_order=st.lists(st.one_of(st.none(), st.integers(-9, 9)), max_size=25))
def test_matches_mirror(sol, level_order):
    check(sol, level_order)


def test_largest_complete_tree(sol):
    level_order = list(range(10_000))
    want = tree_values(mirrored(build_tree(level_order)))
    got = tree_values(sol.invert_tree(build_tree(level_order)))
    if got != want:
        expect(got, want, root="the complete tree [0, 1, 2, ..., 9_999]")
