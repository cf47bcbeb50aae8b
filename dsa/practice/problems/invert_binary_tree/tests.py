"""Tests for invert-binary-tree."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true
from practice.types import TreeNode, build_tree, tree_values


def mirrored(node):
    """A new tree that is the mirror of ``node`` (the original is left alone)."""
    if node is None:
        return None
    return TreeNode(node.val, mirrored(node.right), mirrored(node.left))


def nodes_of(root):
    nodes, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is not None:
            nodes.append(node)
            stack += [node.left, node.right]
    return nodes


def check(sol, level_order, shown=None):
    want = tree_values(mirrored(build_tree(level_order)))
    root = build_tree(level_order)
    before = {id(node) for node in nodes_of(root)}
    shown = tree_values(build_tree(level_order)) if shown is None else shown
    result = sol.invert_tree(root)
    if root is not None:
        expect_true(result is root, "return the root you were given, now mirrored", root=shown)
    expect(tree_values(result), want, root=shown)
    expect_true({id(node) for node in nodes_of(result)} == before,
                "the nodes are not the original ones: swap the children of the given nodes",
                root=shown)


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


def tall_tree(values, chain):
    """A complete tree on values[:-chain] with a left-leaning chain of the rest below its last
    node: 10,000 nodes and height under 500 for chain = 480."""
    nodes = [TreeNode(value) for value in values]
    top = len(values) - chain
    for i in range(1, top):
        setattr(nodes[(i - 1) // 2], "left" if i % 2 else "right", nodes[i])
    for i in range(top, len(values)):
        nodes[i - 1 if i > top else top - 1].left = nodes[i]
    return nodes[0]


def test_largest_extreme_values(sol):
    values = [-10**9 + 200_000 * i for i in range(9_999)] + [10**9]
    want = tree_values(mirrored(tall_tree(values, 480)))
    root = tall_tree(values, 480)
    before = {id(node) for node in nodes_of(root)}
    shown = "10,000 nodes, a complete tree with a chain of 480 below, values ±10**9"
    result = sol.invert_tree(root)
    expect_true(result is root, "return the root you were given, now mirrored", root=shown)
    expect_true(tree_values(result) == want, "wrong mirror image", root=shown)
    expect_true({id(node) for node in nodes_of(result)} == before,
                "the nodes are not the original ones: swap the children of the given nodes",
                root=shown)


def test_largest_complete_tree(sol):
    level_order = list(range(10_000))
    want = tree_values(mirrored(build_tree(level_order)))
    got = tree_values(sol.invert_tree(build_tree(level_order)))
    if got != want:
        expect(got, want, root="the complete tree [0, 1, 2, ..., 9_999]")
