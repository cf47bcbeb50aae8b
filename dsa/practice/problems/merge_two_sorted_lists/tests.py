"""Tests for merge-two-sorted-lists."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true
from practice.types import build_list, list_values


def nodes_of(head):
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    return nodes


def stable_merge(a_nodes, b_nodes):
    # sorted() is stable, so on ties the nodes of a (listed first) stay first
    return sorted(a_nodes + b_nodes, key=lambda node: node.val)


def check(sol, a_values, b_values):
    a, b = build_list(a_values), build_list(b_values)
    want_nodes = stable_merge(nodes_of(a), nodes_of(b))
    result = sol.merge_two_lists(a, b)
    expect(list_values(result), [node.val for node in want_nodes], a=a_values, b=b_values)
    expect_true(nodes_of(result) == want_nodes,
                "the values are right but not the nodes: splice the existing nodes, "
                "taking a's node first on ties", a=a_values, b=b_values)


def test_example_interleaved(sol):
    check(sol, [1, 4, 4, 10], [2, 4, 6])


def test_example_first_empty(sol):
    check(sol, [], [0, 3])


def test_example_no_overlap(sol):
    check(sol, [-5, -2], [8, 9])


def test_both_empty(sol):
    expect(sol.merge_two_lists(None, None), None, a=[], b=[])


def test_second_empty(sol):
    check(sol, [1, 2, 3], [])


def test_single_nodes(sol):
    check(sol, [3], [3])
    check(sol, [4], [-4])


def test_b_runs_out_first(sol):
    check(sol, [1, 5, 6, 7], [2, 3])


@given(a=st.lists(st.integers(-10, 10), max_size=15), b=st.lists(st.integers(-10, 10), max_size=15))
def test_matches_stable_sort(sol, a, b):
    check(sol, sorted(a), sorted(b))


def test_largest(sol):
    a_values = list(range(0, 120_000, 2))
    b_values = list(range(1, 120_000, 2))
    result = sol.merge_two_lists(build_list(a_values), build_list(b_values))
    got = list_values(result)
    if got != list(range(120_000)):
        expect(got, list(range(120_000)), a="0 -> 2 -> ... -> 119_998",
               b="1 -> 3 -> ... -> 119_999")


def test_largest_extreme_values(sol):
    # Two lists of 100,000 nodes each, from -10**9 to 10**9, interleaved, with ties.
    a_values = [-10**9 + 20_000 * i for i in range(99_999)] + [10**9]
    b_values = [-10**9] + [-10**9 + 20_000 * i + 10_000 for i in range(99_998)] + [10**9]
    a, b = build_list(a_values), build_list(b_values)
    want_nodes = stable_merge(nodes_of(a), nodes_of(b))
    result = sol.merge_two_lists(a, b)
    expect_true(nodes_of(result) == want_nodes, "wrong merge of two 100,000-node lists (ties "
                "take a's node first)", a="-10**9, ..., 10**9 (100,000 nodes)",
                b="-10**9, ..., 10**9 (100,000 nodes)")
