"""Tests for lowest-common-ancestor-bst."""

import random

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect
from dsa.practice.types import TreeNode, build_tree


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


def path_to(root, value):
    path, node = [], root
    while node is not None:
        path.append(node.val)
        if value == node.val:
            return path
        node = node.left if value < node.val else node.right
    raise ValueError(f"{value} is not in the tree")


def oracle(root, p, q):
    # the last value shared by the two root-to-node paths
    common = [a for a, b in zip(path_to(root, p), path_to(root, q), strict=False) if a == b]
    return common[-1]


SAMPLE = [20, 8, 30, 4, 12, 25, 40]


def test_example_split(sol):
    expect(sol.lowest_common_ancestor(build_tree(SAMPLE), 4, 12), 8, root=SAMPLE, p=4, q=12)


def test_example_ancestor_of_the_other(sol):
    expect(sol.lowest_common_ancestor(build_tree(SAMPLE), 12, 8), 8, root=SAMPLE, p=12, q=8)


def test_example_across_the_root(sol):
    expect(sol.lowest_common_ancestor(build_tree(SAMPLE), 40, 4), 20, root=SAMPLE, p=40, q=4)


def test_single_node(sol):
    expect(sol.lowest_common_ancestor(build_tree([0]), 0, 0), 0, root=[0], p=0, q=0)


def test_same_value_twice(sol):
    expect(sol.lowest_common_ancestor(build_tree(SAMPLE), 25, 25), 25, root=SAMPLE, p=25, q=25)


def test_root_is_one_of_them(sol):
    expect(sol.lowest_common_ancestor(build_tree(SAMPLE), 20, 4), 20, root=SAMPLE, p=20, q=4)


def test_negatives_and_reversed_order(sol):
    tree = [-5, -9, 3, -12, -7, 0, 8]
    expect(sol.lowest_common_ancestor(build_tree(tree), -7, -12), -9, root=tree, p=-7, q=-12)
    expect(sol.lowest_common_ancestor(build_tree(tree), 8, -12), -5, root=tree, p=8, q=-12)


@given(values=st.lists(st.integers(-20, 20), min_size=1, max_size=15, unique=True),
       data=st.data())
def test_matches_path_oracle(sol, values, data):
    root = None
    for value in values:
        root = insert(root, value)
    p = data.draw(st.sampled_from(values), label="p")
    q = data.draw(st.sampled_from(values), label="q")
    expect(sol.lowest_common_ancestor(root, p, q), oracle(root, p, q),
           root=f"inserting {values} in order", p=p, q=q)


def test_largest_many_queries(sol):
    n = 2**17 - 1

    def perfect(lo, hi):
        if lo > hi:
            return None
        mid = (lo + hi) // 2
        return TreeNode(mid, perfect(lo, mid - 1), perfect(mid + 1, hi))

    root = perfect(0, n - 1)
    rng = random.Random(5)
    for _ in range(2_000):
        p, q = rng.randrange(n), rng.randrange(n)
        want = oracle(root, p, q)
        got = sol.lowest_common_ancestor(root, p, q)
        if got != want:
            expect(got, want, root="the perfect BST on 0..131_070", p=p, q=q)
