"""Tests for linked-list-cycle."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true
from practice.types import ListNode


def build_with_cycle(values, pos):
    """Link ``values`` and point the last node back at index ``pos`` (-1: no cycle)."""
    nodes = [ListNode(value) for value in values]
    for node, after in pairwise(nodes):
        node.next = after
    if nodes and pos >= 0:
        nodes[-1].next = nodes[pos]
    return nodes[0] if nodes else None


def snapshot(head, n):
    """The first n nodes from head as (node, value, next) triples."""
    triples = []
    while head is not None and len(triples) < n:
        triples.append((head, head.val, head.next))
        head = head.next
    return triples


def check(sol, values, pos, shown=None):
    head = build_with_cycle(values, pos)
    before = snapshot(head, len(values))
    shown = values if shown is None else shown
    got = sol.has_cycle(head)
    expect_true(type(got) is bool, f"expected a bool, got {type(got).__name__}", head=shown,
                last_node_links_to_index=pos)
    expect(got, pos >= 0 and bool(values), head=shown, last_node_links_to_index=pos)
    after = snapshot(head, len(values))
    expect_true(len(after) == len(before) and all(
        x[0] is y[0] and x[1] == y[1] and x[2] is y[2] for x, y in zip(before, after, strict=True)),
        "the list was changed; leave every node's value and next as they were", head=shown,
        last_node_links_to_index=pos)


def test_example_back_to_second(sol):
    check(sol, [3, 8, 2, 6], 1)


def test_example_equal_values(sol):
    check(sol, [1, 1, 1], -1)


def test_example_self_loop(sol):
    check(sol, [4], 0)


def test_example_empty(sol):
    expect(sol.has_cycle(None), False, head=[])


def test_single_without_cycle(sol):
    check(sol, [4], -1)


def test_two_nodes(sol):
    check(sol, [1, 2], -1)
    check(sol, [1, 2], 0)
    check(sol, [1, 2], 1)


def test_cycle_back_to_head(sol):
    check(sol, [5, 6, 7, 8, 9], 0)


@given(values=st.lists(st.integers(-3, 3), max_size=20), data=st.data())
def test_matches_construction(sol, values, data):
    pos = data.draw(st.integers(-1, len(values) - 1), label="pos")
    check(sol, values, pos)


def test_largest(sol):
    n = 100_000
    nodes = [ListNode(value) for value in range(n)]
    for node, after in pairwise(nodes):
        node.next = after
    for pos in (-1, 0, n // 2):
        nodes[-1].next = nodes[pos] if pos >= 0 else None
        expect(sol.has_cycle(nodes[0]), pos >= 0, head=f"0 -> 1 -> ... -> {n - 1}",
               last_node_links_to_index=pos)


def test_largest_extreme_values(sol):
    # 100,000 nodes from -10**9 up to 10**9, without a cycle, then with one back to the middle.
    n = 100_000
    values = [-10**9 + 20_000 * i for i in range(n - 1)] + [10**9]
    nodes = [ListNode(value) for value in values]
    for node, after in pairwise(nodes):
        node.next = after
    for pos in (-1, n // 2):
        last_next = nodes[-1].next = nodes[pos] if pos >= 0 else None
        shown = {"head": f"{n} nodes from -10**9 to 10**9", "last_node_links_to_index": pos}
        expect(sol.has_cycle(nodes[0]), pos >= 0, **shown)
        intact = (nodes[-1].next is last_next and nodes[-1].val == values[-1]
                  and all(node.next is after and node.val == value
                          for (node, after), value in zip(pairwise(nodes), values, strict=False)))
        expect_true(intact, "the list was changed; leave every node's value and next as they were",
                    **shown)
