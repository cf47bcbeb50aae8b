"""Tests for merge-k-sorted-lists."""

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect, expect_true
from dsa.practice.types import build_list, list_values


def nodes_of(head):
    nodes = []
    while head is not None:
        nodes.append(head)
        head = head.next
    return nodes


def check(sol, lists_values):
    heads = [build_list(values) for values in lists_values]
    all_nodes = [node for head in heads for node in nodes_of(head)]
    result = sol.merge_k_lists(list(heads))
    want = sorted(value for values in lists_values for value in values)
    expect(list_values(result), want, lists=lists_values)
    expect_true(sorted(map(id, nodes_of(result))) == sorted(map(id, all_nodes)),
                "the values are right but not the nodes: splice the existing nodes",
                lists=lists_values)


def test_example_three_lists(sol):
    check(sol, [[2, 6, 9], [1, 6], [3, 4, 10]])


def test_example_empty_lists_inside(sol):
    check(sol, [[], [-3, 0], []])


def test_example_no_lists(sol):
    expect(sol.merge_k_lists([]), None, lists=[])


def test_only_empty_lists(sol):
    expect(sol.merge_k_lists([None, None]), None, lists=[[], []])


def test_single_list(sol):
    check(sol, [[1, 2, 2, 3]])


def test_equal_values_across_lists(sol):
    check(sol, [[5, 5], [5], [5, 5, 5]])


@given(lists_values=st.lists(st.lists(st.integers(-10, 10), max_size=6).map(sorted),
                             max_size=6))
def test_matches_sorted(sol, lists_values):
    check(sol, lists_values)


def test_largest_many_lists(sol):
    k, length = 2_000, 30
    lists_values = [list(range(i, i + length * k, k)) for i in range(k)]
    result = sol.merge_k_lists([build_list(values) for values in lists_values])
    got = list_values(result)
    if got != list(range(k * length)):
        expect(got, list(range(k * length)),
               lists="2,000 lists of 30 nodes: list i holds i, i + 2000, i + 4000, ...")
