"""Tests for level-order-traversal."""

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect
from dsa.practice.types import build_tree


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


def check(sol, level_order):
    expect(sol.level_order(build_tree(level_order)), oracle(build_tree(level_order)),
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
        expect(got, want, root="the complete tree [0, 1, 2, ..., 99_999]")
