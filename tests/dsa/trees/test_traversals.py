"""Iterative tree traversals against the recursive definitions; link reads counted, no recursion."""

from hypothesis import given
from hypothesis import strategies as st

from dsa.trees.traversals import (
    TreeNode,
    from_level_order,
    inorder,
    level_order,
    postorder,
    preorder,
)

shapes = st.lists(st.one_of(st.none(), st.integers(0, 99)), max_size=40)


def rec_pre(node):
    return [node.value, *rec_pre(node.left), *rec_pre(node.right)] if node else []


def rec_in(node):
    return [*rec_in(node.left), node.value, *rec_in(node.right)] if node else []


def rec_post(node):
    return [*rec_post(node.left), *rec_post(node.right), node.value] if node else []


def rec_levels(node, depth=0, levels=None):
    levels = [] if levels is None else levels
    if node:
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.value)
        rec_levels(node.left, depth + 1, levels)
        rec_levels(node.right, depth + 1, levels)
    return levels


@given(shapes)
def test_orders_match_the_recursive_definitions(values):
    root = from_level_order(values)
    assert preorder(root) == rec_pre(root)
    assert inorder(root) == rec_in(root)
    assert postorder(root) == rec_post(root)
    assert level_order(root) == rec_levels(root)
    # the level-order format round-trips: every present value is read, in level order
    assert [v for level in level_order(root) for v in level] == \
        [v for v in values[: _used(values)] if v is not None]


def _used(values):
    """How many entries of a level-order list the builder consumes (brute force)."""
    if not values or values[0] is None:
        return min(len(values), 1)
    present, i, k = 1, 1, 0
    while k < present and i < len(values):
        for _ in range(2):
            if i < len(values) and values[i] is not None:
                present += 1
            i += 1
        k += 1
    return min(i, len(values))


class CountingNode(TreeNode):
    """A node that counts how often a traversal reads its child links."""

    reads = 0

    def __getattribute__(self, name):
        if name in ("left", "right"):
            CountingNode.reads += 1
        return object.__getattribute__(self, name)


def path(n, node_class=TreeNode, side="left"):
    root = node = node_class(0)
    for i in range(1, n):
        child = node_class(i)
        setattr(node, side, child)
        node = child
    return root


def tree(n, shape):
    """A path leaning left or right, or a complete tree, of counting nodes."""
    if shape != "complete":
        return path(n, CountingNode, shape)
    nodes = [CountingNode(i) for i in range(n)]
    for i in range(1, n):
        setattr(nodes[(i - 1) // 2], "left" if i % 2 else "right", nodes[i])
    return nodes[0]


def link_reads(traversal, root):
    CountingNode.reads = 0
    traversal(root)
    return CountingNode.reads


def test_each_order_reads_each_link_a_bounded_number_of_times():
    # a node is pushed and popped once, and each visit reads its two links a fixed number of
    # times: at most 6 reads per node, and twice the nodes cost twice the reads
    for traversal in (preorder, inorder, postorder, level_order):
        for shape in ("left", "right", "complete"):
            small, large = (link_reads(traversal, tree(n, shape)) for n in (1500, 3000))
            assert large <= 6 * 3000 and abs(large - 2 * small) <= 4, (traversal.__name__, shape)


def test_a_path_thirty_thousand_deep_does_not_recurse(nesting):
    n = 30_000
    for side in ("left", "right"):
        root = path(n, side=side)
        for traversal in (preorder, inorder, postorder, level_order):
            result, deep = nesting(traversal, root)
            assert len(result) == n
            assert deep <= 3, (traversal.__name__, deep)
