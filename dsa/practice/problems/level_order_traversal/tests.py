"""Tests for level-order-traversal."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true
from practice.types import TreeNode, build_tree


def oracle(root):
    # a left-to-right depth-first walk meets each level's nodes in left-to-right order
    levels = []

    def walk(node, depth):
        if node is None:
            return
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        walk(node.left, depth + 1)
        walk(node.right, depth + 1)

    walk(root, 0)
    return levels


def expect_levels(got, want, **inputs):
    expect_true(type(got) is list and all(type(level) is list
                                          and all(type(v) is int for v in level) for level in got),
                "expected a list of lists of ints", **inputs)
    expect(got, want, **inputs)


def check(sol, level_order):
    expect_levels(sol.level_order(build_tree(level_order)), oracle(build_tree(level_order)),
                  root=level_order)


def test_example_gap_in_a_level(sol):
    expect(sol.level_order(build_tree([7, 3, 12, None, 5, 9, 15])), [[7], [3, 12], [5, 9, 15]],
           root=[7, 3, 12, None, 5, 9, 15])


def test_example_chain(sol):
    expect(sol.level_order(build_tree([1, 2, None, 3, None, 4])), [[1], [2], [3], [4]],
           root=[1, 2, None, 3, None, 4])


def test_example_empty(sol):
    expect(sol.level_order(None), [], root=[])


def test_single_node(sol):
    expect(sol.level_order(build_tree([-4])), [[-4]], root=[-4])


def test_duplicates(sol):
    check(sol, [2, 2, 2, None, 2, 2])


def test_right_leaning(sol):
    check(sol, [1, None, 2, None, 3, 4])


@given(level_order=st.lists(st.one_of(st.none(), st.integers(-9, 9)), max_size=25))
def test_matches_depth_first_oracle(sol, level_order):
    check(sol, level_order)


def test_largest_complete_tree(sol):
    n = 100_000
    want, start, width = [], 0, 1
    while start < n:
        want.append(list(range(start, min(start + width, n))))
        start, width = start + width, width * 2
    got = sol.level_order(build_tree(list(range(n))))
    if got != want:
        expect_levels(got, want, root="the complete tree [0, 1, 2, ..., 99_999]")


def test_largest_extreme_values(sol):
    # 100,000 nodes valued from -10**9 to 10**9.
    n = 100_000
    values = [-10**9 + 20_000 * i for i in range(n - 1)] + [10**9]
    want, start, width = [], 0, 1
    while start < n:
        want.append(values[start:start + width])
        start, width = start + width, width * 2
    got = sol.level_order(build_tree(values))
    expect_true(got == want, "wrong levels", root="the complete tree on 100,000 values, ±10**9")
    expect_levels(got[:3], want[:3], root="the complete tree on 100,000 values, ±10**9")


def test_tall_tree(sol):
    # A caterpillar of 20,001 nodes and height 10,000: each spine node has a leaf on its right.
    # Collecting each level by a fresh walk from the root costs ~10⁸ steps; one BFS costs 2·10⁴.
    spine = [TreeNode(2 * d) for d in range(10_001)]
    for d in range(10_000):
        spine[d].left = spine[d + 1]
        spine[d].right = TreeNode(2 * d + 1)
    want = [[0]] + [[2 * d, 2 * d - 1] for d in range(1, 10_001)]
    got = sol.level_order(spine[0])
    expect_true(got == want, "wrong levels", root="a caterpillar of height 10,000")
