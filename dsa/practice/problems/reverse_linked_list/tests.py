"""Tests for reverse-linked-list."""

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


def check(sol, values):
    head = build_list(values)
    original_nodes = nodes_of(head)
    result = sol.reverse_list(head)
    expect(list_values(result), values[::-1], head=values)
    expect_true(nodes_of(result) == original_nodes[::-1],
                "the values are right but the nodes are new: reverse the existing nodes",
                head=values)


def test_example_four_nodes(sol):
    check(sol, [5, 1, 9, 3])


def test_example_single(sol):
    check(sol, [7])


def test_example_empty(sol):
    expect(sol.reverse_list(None), None, head=[])


def test_two_nodes(sol):
    check(sol, [1, 2])


def test_duplicates_and_negatives(sol):
    check(sol, [-1, 4, -1, 4, 0])


@given(values=st.lists(st.integers(-50, 50), max_size=30))
def test_matches_reversed(sol, values):
    check(sol, values)


def test_largest(sol):
    values = list(range(100_000))
    result = sol.reverse_list(build_list(values))
    got = list_values(result)
    if got != values[::-1]:
        expect(got, values[::-1], head="0 -> 1 -> ... -> 99_999")


def test_largest_extreme_values(sol):
    values = [-10**9 + 20_000 * i for i in range(99_999)] + [10**9]
    head = build_list(values)
    original_nodes = nodes_of(head)
    result = sol.reverse_list(head)
    expect_true(nodes_of(result) == original_nodes[::-1],
                "the 100,000 nodes are not the original ones in reverse order",
                head="100,000 nodes from -10**9 to 10**9")
