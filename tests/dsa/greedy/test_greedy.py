"""Greedy algorithms against brute force: interval scheduling, Huffman, fractional knapsack."""

import functools
import heapq
import itertools
import math
import random
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.counting import CountingList, Tally, counted
from dsa.greedy import (
    code_cost,
    decode,
    encode,
    fractional_knapsack,
    huffman_code,
    partition_intervals,
    select_activities,
)

intervals = st.lists(
    st.tuples(st.integers(0, 20), st.integers(1, 6)).map(lambda p: (p[0], p[0] + p[1])),
    max_size=10,
)


def compatible(chosen):
    ordered = sorted(chosen)
    return all(a[1] <= b[0] for a, b in itertools.pairwise(ordered))


# -- interval scheduling ------------------------------------------------------------------------

@given(intervals)
def test_activity_selection_is_as_large_as_any_compatible_subset(items):
    chosen = select_activities(items)
    assert compatible(chosen)
    assert all(chosen.count(x) <= items.count(x) for x in chosen)
    best = max(
        (r for r in range(len(items) + 1)
         for subset in itertools.combinations(items, r) if compatible(subset)),
        default=0,
    )
    assert len(chosen) == best


def depth(items):
    """The most intervals in progress at one moment (half-open, so check at each start)."""
    return max((sum(s <= t < e for s, e in items) for t, _ in items), default=0)


@given(intervals)
def test_partitioning_uses_exactly_the_depth(items):
    rooms = partition_intervals(items)
    assert len(rooms) == len(items)
    for room in set(rooms):
        assert compatible([x for x, r in zip(items, rooms, strict=True) if r == room])
    assert (max(rooms) + 1 if rooms else 0) == max(depth(items), 1 if items else 0)


def test_touching_intervals_do_not_clash_and_empty_ones_are_named():
    assert select_activities([(0, 1), (1, 2)]) == [(0, 1), (1, 2)]
    assert partition_intervals([(0, 1), (1, 2)]) == [0, 0]
    with pytest.raises(ValueError, match=r"interval \(3, 2\) is empty or reversed"):
        partition_intervals([(3, 2)])
    with pytest.raises(ValueError, match=r"interval \(3, 3\) is empty"):
        select_activities([(3, 3)])


# -- Huffman ------------------------------------------------------------------------------------

@functools.cache
def kraft_lengths(n):
    """Every vector of n codeword lengths with Kraft's sum Σ 2^-l <= 1 (no length over n - 1)."""
    top = 2 ** (n - 1)
    return [lengths for lengths in itertools.product(range(1, n), repeat=n)
            if sum(top >> length for length in lengths) <= top]


def optimal_prefix_cost(weights):
    """Brute force: the cheapest codeword lengths that satisfy Kraft's inequality.

    Any such lengths belong to some prefix code (and every prefix code satisfies it), so this
    minimum is the optimum over all prefix codes — no tree building involved.
    """
    n = len(weights)
    if n == 1:
        return weights[0]
    return min(sum(w * length for w, length in zip(weights, lengths, strict=True))
               for lengths in kraft_lengths(n))


def is_prefix_free(words):
    return all(not b.startswith(a) for a, b in itertools.permutations(words, 2))


@given(st.lists(st.integers(0, 30), min_size=1, max_size=6))
def test_huffman_is_an_optimal_prefix_code(weights):
    frequencies = {f"s{i}": w for i, w in enumerate(weights)}
    code = huffman_code(frequencies)
    assert set(code) == set(frequencies)
    assert all(code.values()) and is_prefix_free(list(code.values()))
    assert code_cost(frequencies, code) == optimal_prefix_cost(weights)


@given(st.dictionaries(st.integers(0, 40), st.integers(1, 1000), min_size=1, max_size=40),
       st.data())
def test_huffman_cost_is_the_sum_of_the_merges(frequencies, data):
    # an independent computation with heapq: the cost of the tree is the sum of every merge
    heap = list(frequencies.values())
    heapq.heapify(heap)
    merged = 0
    while len(heap) > 1:
        pair = heapq.heappop(heap) + heapq.heappop(heap)
        merged += pair
        heapq.heappush(heap, pair)
    code = huffman_code(frequencies)
    expected = merged if len(frequencies) > 1 else sum(frequencies.values())
    assert code_cost(frequencies, code) == expected
    message = data.draw(st.lists(st.sampled_from(sorted(frequencies)), max_size=50))
    assert decode(encode(message, code), code) == message


def test_symbols_that_look_like_tree_nodes_are_still_leaves():
    code = huffman_code({(1, 2): 5, (3,): 1, "x": 1})
    assert sorted(code, key=repr) == sorted([(1, 2), (3,), "x"], key=repr)


def test_bad_input_is_named():
    assert huffman_code({}) == {}
    with pytest.raises(ValueError, match=r"bit 1 \('2'\) does not continue any codeword"):
        decode("02", {"a": "0", "b": "1"})
    with pytest.raises(ValueError, match="not prefix-free"):
        decode("0", {"a": "0", "b": "01"})
    with pytest.raises(ValueError, match="not prefix-free"):
        decode("0", {"a": "01", "b": "0"})


class Weight(int):
    """An integer weight whose comparisons are tallied, and whose sums are Weights too."""

    tally = Tally()

    def __lt__(self, other):
        Weight.tally.comparisons += 1
        return int(self) < int(other)

    def __eq__(self, other):
        Weight.tally.comparisons += 1
        return int(self) == int(other)

    __hash__ = int.__hash__

    def __add__(self, other):
        return Weight(int(self) + int(other))


def test_huffman_tree_costs_n_log_n_comparisons():
    counts = {}
    for n in (512, 1024, 2048, 4096):
        rng = random.Random(n)
        Weight.tally.reset()
        huffman_code({i: Weight(rng.randrange(1, 10**6)) for i in range(n)})
        counts[n] = Weight.tally.comparisons
        # n - 1 merges, each two pops and a push on a heap of at most n trees; a key tie costs
        # one more comparison (the push order), so at most 3 per heap level and operation
        assert counts[n] <= 3 * 3 * n * math.log2(n)
    for n in (1024, 2048, 4096):
        assert 1.9 < counts[n] / counts[n // 2] < 2.4, counts


def test_decode_reads_each_bit_once():
    code = huffman_code({"a": 5, "b": 2, "c": 1, "d": 1})
    bits = encode("abcdabcd" * 50, code)
    tally = Tally()
    assert "".join(decode(CountingList(bits, tally), code)) == "abcdabcd" * 50
    assert tally.reads == len(bits) + 1  # iteration ends by reading one past the end


# -- fractional knapsack ------------------------------------------------------------------------

def lp_optimum(items, capacity):
    """Brute force over the vertices of the LP: some whole items plus at most one fraction."""
    best = Fraction(0)
    for r in range(len(items) + 1):
        for whole in itertools.combinations(range(len(items)), r):
            weight = sum(items[i][1] for i in whole)
            if weight > capacity:
                continue
            value = sum(items[i][0] for i in whole)
            best = max(best, value)
            for j in set(range(len(items))) - set(whole):
                v, w = items[j]
                part = 1 if w == 0 else min(Fraction(1), (capacity - weight) / w)
                best = max(best, value + v * part)
    return best


@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 10)), max_size=7),
       st.integers(0, 40))
def test_fractional_knapsack_matches_the_lp_optimum(items, capacity):
    value, taken = fractional_knapsack(items, Fraction(capacity))
    assert value == lp_optimum(items, Fraction(capacity))
    assert all(0 <= t <= 1 for t in taken)
    assert sum(t * w for t, (_, w) in zip(taken, items, strict=True)) <= capacity
    assert value == sum(t * v for t, (v, _) in zip(taken, items, strict=True))
    assert sum(0 < t < 1 for t in taken) <= 1  # at most one item is split


def test_fractional_knapsack_rejects_negative_input():
    with pytest.raises(ValueError, match="capacity is -1"):
        fractional_knapsack([(1, 1)], -1)
    with pytest.raises(ValueError, match=r"item 1 is \(-2, 1\)"):
        fractional_knapsack([(1, 1), (-2, 1)], 3)


def test_fractional_knapsack_sweep_stops_at_the_split_item():
    # validation and the density keys read every item once (validation iterates, which ends by
    # one read past the end), and the sweep reads only the items it takes plus the one it stops at
    n = 1000
    rng = random.Random(7)
    items = [(rng.randint(1, 100), rng.randint(1, 100)) for _ in range(n)]
    for capacity in (0, 50, 5000, 10**6):
        tally = Tally()
        _, taken = fractional_knapsack(CountingList(items, tally), Fraction(capacity))
        touched = sum(t > 0 for t in taken)
        assert tally.reads <= 2 * n + 1 + touched + 1


def test_interval_greedy_costs_n_log_n_comparisons():
    # a sort (at most about n log2 n comparisons) and one pass (a comparison or two per interval;
    # a heap operation, O(log n), per interval when partitioning)
    for n in (1000, 4000):
        rng = random.Random(n)
        tally = Tally()
        starts = [rng.randrange(10 * n) for _ in range(n)]
        items = [(s, s + rng.randint(1, 50)) for s in starts]
        wrapped = [tuple(counted(pair, tally)) for pair in items]
        chosen = select_activities(wrapped)
        assert len(chosen) == len(select_activities(items))
        assert tally.comparisons <= n * math.log2(n) + 2 * n
        tally.reset()
        rooms = partition_intervals(wrapped)
        assert max(rooms) + 1 == max(depth_by_sweep(items), 1)
        assert tally.comparisons <= 4 * n * math.log2(n)


def depth_by_sweep(items):
    """The most intervals in progress at once, by sorting the 2n start and end events."""
    events = sorted([(s, 1) for s, _ in items] + [(e, -1) for _, e in items],
                    key=lambda event: (event[0], event[1]))  # an end before a start at a tie
    running = best = 0
    for _, change in events:
        running += change
        best = max(best, running)
    return best
