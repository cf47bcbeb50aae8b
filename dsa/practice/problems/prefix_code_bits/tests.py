"""Tests for prefix-code-bits: examples, one symbol, an exhaustive oracle over every merge order,
and the largest size checked by the two-queue method."""

from collections import deque
from functools import cache

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 100_000
TOP = 10**9


@cache
def _best(weights):
    """Fewest bits over every full binary tree: every tree arises from some order of merges."""
    if len(weights) == 1:
        return 0
    best = None
    for i in range(len(weights)):
        for j in range(i + 1, len(weights)):
            rest = [w for k, w in enumerate(weights) if k not in (i, j)]
            merged = weights[i] + weights[j]
            cost = merged + _best(tuple(sorted([*rest, merged])))
            best = cost if best is None else min(best, cost)
    return best


def _two_queues(counts):
    """Huffman without a heap: merged weights come out in increasing order; a queue holds them."""
    leaves, merged, total = deque(sorted(counts)), deque(), 0

    def smallest():
        if not merged or (leaves and leaves[0] <= merged[0]):
            return leaves.popleft()
        return merged.popleft()

    while len(leaves) + len(merged) > 1:
        weight = smallest() + smallest()
        total += weight
        merged.append(weight)
    return total


def check(sol, counts, want, shown=None):
    expect(sol.fewest_bits(list(counts)), want, counts=shown or counts)


def test_example_1(sol):
    check(sol, [5, 1, 1], 9)


def test_example_2_balanced(sol):
    check(sol, [1, 1, 1, 1], 8)


def test_example_3_one_symbol(sol):
    check(sol, [7], 7)


def test_two_symbols_one_bit_each(sol):
    check(sol, [3, 10**9], 10**9 + 3)


def test_one_rare_symbol(sol):
    check(sol, [1], 1)


def test_merged_weight_ties_with_a_leaf(sol):
    check(sol, [2, 2, 3, 3], 20)
    check(sol, [1, 1, 2, 4, 8], 30)


@given(counts=st.lists(st.integers(1, 12), min_size=1, max_size=6))
def test_matches_every_code_tree(sol, counts):
    want = counts[0] if len(counts) == 1 else _best(tuple(sorted(counts)))
    check(sol, counts, want)


def test_largest_size(sol):
    # 100,000 counts spread over [1, 10**9] in a scrambled order.
    counts = [1 + (i * 7_654_321) % TOP for i in range(N)]
    counts[17], counts[N // 3] = 1, TOP
    check(sol, counts, _two_queues(counts), shown=f"{N} counts in [1, 10**9], scrambled")


def test_largest_size_equal_counts(sol):
    # 100,000 equal counts: a nearly balanced tree, 2**17 > N > 2**16 leaves.
    check(sol, [TOP] * N, _two_queues([TOP] * N), shown=f"{N} counts of 10**9")


def test_largest_size_doubling_counts(sol):
    # Counts that grow fast give a deep tree; each merged weight stays the smallest.
    counts = [min(TOP, 2**(i // 3000)) for i in range(N)][::-1]
    check(sol, counts, _two_queues(counts), shown=f"{N} counts, powers of two, decreasing")
