"""Tests for merge-k-sorted-lists."""

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


def _check_large(sol, lists_values, shown):
    heads = [build_list(values) for values in lists_values]
    all_nodes = [node for head in heads for node in nodes_of(head)]
    result = sol.merge_k_lists(list(heads))
    got = nodes_of(result)
    want = sorted(value for values in lists_values for value in values)
    good = ([node.val for node in got] == want
            and len(set(map(id, got)) & set(map(id, all_nodes))) == len(got))
    expect_true(good, "wrong merge (or new nodes) for a large input", lists=shown)


def test_largest_most_lists(sol):
    # 10,000 lists of 10 nodes, values from -10**9 to 10**9: merging the lists one at a time
    # re-walks the growing result 10,000 times.
    k = 10_000
    lists_values = [[-10**9 + 20_000 * (i + k * j) for j in range(10)] for i in range(k)]
    lists_values[-1][-1] = 10**9
    _check_large(sol, lists_values, "10,000 lists of 10 nodes from -10**9 to 10**9")


def test_largest_one_long_list(sol):
    values = [-10**9] * 50_000 + [10**9] * 50_000
    _check_large(sol, [[], values, []], "[None, 50,000 × -10**9 then 50,000 × 10**9, None]")
