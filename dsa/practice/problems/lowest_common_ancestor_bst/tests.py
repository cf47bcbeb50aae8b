"""Tests for lowest-common-ancestor-bst."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true
from practice.types import TreeNode, build_tree


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


def expect_value(got, want, **inputs):
    expect_true(type(got) is int, f"return the ancestor's value (an int), got "
                f"{type(got).__name__}", **inputs)
    expect(got, want, **inputs)


SAMPLE = [20, 8, 30, 4, 12, 25, 40]


def test_example_split(sol):
    expect_value(sol.lowest_common_ancestor(build_tree(SAMPLE), 4, 12), 8, root=SAMPLE, p=4, q=12)


def test_example_ancestor_of_the_other(sol):
    expect_value(sol.lowest_common_ancestor(build_tree(SAMPLE), 12, 8), 8, root=SAMPLE, p=12, q=8)


def test_example_across_the_root(sol):
    expect_value(sol.lowest_common_ancestor(build_tree(SAMPLE), 40, 4), 20, root=SAMPLE, p=40, q=4)


def test_single_node(sol):
    expect_value(sol.lowest_common_ancestor(build_tree([0]), 0, 0), 0, root=[0], p=0, q=0)


def test_same_value_twice(sol):
    expect_value(sol.lowest_common_ancestor(build_tree(SAMPLE), 25, 25), 25, root=SAMPLE, p=25,
                 q=25)


def test_root_is_one_of_them(sol):
    expect_value(sol.lowest_common_ancestor(build_tree(SAMPLE), 20, 4), 20, root=SAMPLE, p=20, q=4)


def test_negatives_and_reversed_order(sol):
    tree = [-5, -9, 3, -12, -7, 0, 8]
    expect_value(sol.lowest_common_ancestor(build_tree(tree), -7, -12), -9, root=tree, p=-7, q=-12)
    expect_value(sol.lowest_common_ancestor(build_tree(tree), 8, -12), -5, root=tree, p=8, q=-12)


@given(values=st.lists(st.integers(-20, 20), min_size=1, max_size=15, unique=True),
       data=st.data())
def test_matches_path_oracle(sol, values, data):
    root = None
    for value in values:
        root = insert(root, value)
    p = data.draw(st.sampled_from(values), label="p")
    q = data.draw(st.sampled_from(values), label="q")
    expect_value(sol.lowest_common_ancestor(root, p, q), oracle(root, p, q),
                 root=f"inserting {values} in order", p=p, q=q)


def test_largest_many_queries(sol):
    n = 2**16 - 1

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
            expect_value(got, want, root="the perfect BST on 0..65_534", p=p, q=q)


def test_largest_extreme_values(sol):
    # 100,000 nodes from -10**9 to 10**9 in a balanced BST (height 16); 300 queries, including
    # the two extremes. Each must walk one path: a walk over the whole tree takes 3·10⁷ steps.
    n = 100_000
    values = [-10**9 + 20_000 * i for i in range(n - 1)] + [10**9]

    def balanced(lo, hi):
        if lo > hi:
            return None
        mid = (lo + hi) // 2
        return TreeNode(values[mid], balanced(lo, mid - 1), balanced(mid + 1, hi))

    root = balanced(0, n - 1)
    rng = random.Random(6)
    queries = [(-10**9, 10**9), (10**9, values[-2]), (-10**9, -10**9)]
    queries += [(rng.choice(values), rng.choice(values)) for _ in range(297)]
    for p, q in queries:
        want = oracle(root, p, q)
        got = sol.lowest_common_ancestor(root, p, q)
        if got != want or type(got) is not int:
            expect_value(got, want, root="a balanced BST on 100,000 values from -10**9 to 10**9",
                         p=p, q=q)
    expect_true(root.val == values[(n - 1) // 2] and root.left.val == values[(n - 3) // 4],
                "the tree was changed; leave it as it was", root="100,000 nodes")
