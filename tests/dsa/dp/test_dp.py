"""Each dynamic programme against brute force over all choices (itertools) on small inputs."""

import itertools
import random
import re
import sys
import tracemalloc
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dsa.dp import (
    count_ways,
    edit_distance,
    edit_script,
    knapsack,
    longest_common_subsequence,
    longest_increasing_subsequence,
    matrix_chain_order,
    min_coins,
)
from dsa.dp.edit_distance import apply_edits


def is_subsequence(sub, seq):
    it = iter(seq)
    return all(any(x == y for y in it) for x in sub)


@given(items=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 10)), max_size=8),
       capacity=st.integers(0, 25))
def test_knapsack_matches_brute_force(items, capacity):
    values = [v for v, _ in items]
    weights = [w for _, w in items]
    best, chosen = knapsack(values, weights, capacity)
    brute = max(
        sum(values[i] for i in subset)
        for r in range(len(items) + 1)
        for subset in itertools.combinations(range(len(items)), r)
        if sum(weights[i] for i in subset) <= capacity
    )
    assert best == brute
    assert chosen == sorted(set(chosen))
    assert sum(weights[i] for i in chosen) <= capacity
    assert sum(values[i] for i in chosen) == best


def test_knapsack_bad_input():
    with pytest.raises(ValueError, match="values but"):
        knapsack([1, 2], [1], 3)
    with pytest.raises(ValueError, match="capacity"):
        knapsack([1], [1], -1)
    with pytest.raises(ValueError, match="weights"):
        knapsack([1], [-1], 1)


@given(seq=st.lists(st.integers(0, 9), max_size=11))
def test_lis_matches_brute_force(seq):
    lis = longest_increasing_subsequence(seq)
    assert all(a < b for a, b in itertools.pairwise(lis))
    assert is_subsequence(lis, seq)
    longest = max(
        (r for r in range(len(seq) + 1) for c in itertools.combinations(seq, r)
         if all(a < b for a, b in itertools.pairwise(c))),
        default=0,
    )
    assert len(lis) == longest


@given(a=st.text("abc", max_size=8), b=st.text("abc", max_size=8))
def test_lcs_matches_brute_force(a, b):
    lcs = longest_common_subsequence(a, b)
    assert isinstance(lcs, str)
    assert is_subsequence(lcs, a) and is_subsequence(lcs, b)
    longest = max(r for r in range(len(a) + 1) for c in itertools.combinations(a, r)
                  if is_subsequence(c, b))
    assert len(lcs) == longest


def test_lcs_of_lists_is_a_list():
    assert longest_common_subsequence([1, 2, 3], (3, 1, 2)) == [1, 2]


@cache
def naive_distance(a, b):
    if not a or not b:
        return len(a) + len(b)
    return min(naive_distance(a[1:], b) + 1, naive_distance(a, b[1:]) + 1,
               naive_distance(a[1:], b[1:]) + (a[0] != b[0]))


@given(a=st.text("abc", max_size=7), b=st.text("abc", max_size=7))
def test_edit_distance_matches_recursion_and_script_replays(a, b):
    distance = edit_distance(a, b)
    assert distance == naive_distance(a, b)
    script_distance, ops = edit_script(a, b)
    assert script_distance == distance
    assert sum(op.op != "match" for op in ops) == distance
    assert "".join(apply_edits(a, ops)) == b
    assert all(op.op != "substitute" or op.source != op.target for op in ops)


def test_edit_distance_published_examples():
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("flaw", "lawn") == 2
    assert edit_distance("intention", "execution") == 5


def test_apply_edits_rejects_a_wrong_script():
    _, ops = edit_script("ab", "ac")
    with pytest.raises(ValueError, match="does not fit"):
        apply_edits("xb", ops)


coin_sets = st.lists(st.integers(1, 7), min_size=1, max_size=3, unique=True)


@given(coins=coin_sets, amount=st.integers(0, 20))
def test_coin_change_matches_brute_force(coins, amount):
    multisets = [
        combo
        for r in range(amount + 1)
        for combo in itertools.combinations_with_replacement(sorted(coins), r)
        if sum(combo) == amount
    ]
    assert count_ways(coins, amount) == len(multisets)
    used = min_coins(coins, amount)
    if not multisets:
        assert used is None
    else:
        assert sum(used) == amount and all(c in coins for c in used)
        assert len(used) == min(len(m) for m in multisets)


def test_coin_change_greedy_counterexample_and_bad_input():
    assert min_coins([1, 3, 4], 6) == [3, 3]
    with pytest.raises(ValueError, match="positive"):
        count_ways([0, 1], 3)
    with pytest.raises(ValueError, match="non-negative"):
        min_coins([1], -1)


def naive_chain_cost(dims, i, j):
    if i == j:
        return 0
    return min(naive_chain_cost(dims, i, k) + naive_chain_cost(dims, k + 1, j)
               + dims[i - 1] * dims[k] * dims[j] for k in range(i, j))


def cost_of_parenthesisation(text, dims):
    """Evaluate a parenthesisation independently: returns (cost, rows, cols)."""
    tokens = re.findall(r"\(|\)|A\d+", text)
    position = 0

    def parse():
        nonlocal position
        token = tokens[position]
        position += 1
        if token.startswith("A"):
            k = int(token[1:])
            return 0, dims[k - 1], dims[k]
        left_cost, p, q = parse()
        right_cost, q2, r = parse()
        assert tokens[position] == ")" and q == q2
        position += 1
        return left_cost + right_cost + p * q * r, p, r

    result = parse()
    assert position == len(tokens)
    return result[0]


@settings(max_examples=40)
@given(dims=st.lists(st.integers(1, 30), min_size=2, max_size=7))
def test_matrix_chain_matches_brute_force(dims):
    cost, text = matrix_chain_order(dims)
    assert cost == naive_chain_cost(dims, 1, len(dims) - 1)
    assert cost_of_parenthesisation(text, dims) == cost
    assert re.findall(r"A(\d+)", text) == [str(k) for k in range(1, len(dims))]


def test_matrix_chain_bad_input():
    with pytest.raises(ValueError, match="at least 2"):
        matrix_chain_order([3])
    with pytest.raises(ValueError, match="positive"):
        matrix_chain_order([3, 0, 2])


def test_parenthesise_handles_a_path_deeper_than_the_recursion_limit():
    # Before the fix the split tree was spelled out recursively: RecursionError past ~1000.
    from dsa.dp.matrix_chain import _parenthesise

    n = 5 * sys.getrecursionlimit()
    table = {1: [j - 1 for j in range(n + 1)]}  # split[1][j] = j - 1: split off the last
    text = _parenthesise(table, 1, n)
    assert text == "(" * (n - 1) + "A1" + "".join(f"A{k})" for k in range(2, n + 1))


def test_matrix_chain_order_never_recurses_with_the_chain(nesting):
    # Growing dimensions make strictly left-to-right the cheapest order: a split path n deep,
    # which the old recursive _parenthesise followed with one frame per matrix.
    n = 150
    (cost, text), deepest = nesting(matrix_chain_order, list(range(1, n + 2)))
    assert deepest <= 4, deepest
    assert text == "(" * (n - 1) + "A1" + "".join(f"A{k})" for k in range(2, n + 1))
    assert cost == sum(1 * k * (k + 1) for k in range(2, n + 1))


def test_edit_distance_keeps_two_rows_not_the_table():
    # Before the fix the distance built the whole (m+1) x (n+1) table: 360,000 cells here,
    # about 3 MB of list slots alone; two rows of 601 are about 10 kB.
    rng = random.Random(0)
    a = "".join(rng.choice("acgt") for _ in range(600))
    b = "".join(rng.choice("acgt") for _ in range(600))
    tracemalloc.start()
    try:
        distance = edit_distance(a, b)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert distance == edit_script(a, b)[0]
    assert peak < 200_000, peak
    assert edit_distance("ab", "xaby") == edit_distance("xaby", "ab") == 2
