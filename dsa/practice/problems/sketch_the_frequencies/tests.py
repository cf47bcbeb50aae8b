"""Tests for sketch-the-frequencies: examples, the sketch's guarantees, a direct oracle, the
largest sizes."""

import math
import random
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true

P = 2**61 - 1
TOP = 2**32 - 1


def _oracle(stream, queries, width, hashes):
    """Counter per (row, column), built from a Counter of the stream: same numbers, other route."""
    seen = Counter(stream)
    cells = Counter()
    for r, (a, b) in enumerate(hashes):
        for x, c in seen.items():
            cells[r, (a * x + b) % P % width] += c
    return [min(cells[r, (a * y + b) % P % width] for r, (a, b) in enumerate(hashes))
            for y in queries]


def _call(sol, stream, queries, width, hashes):
    return sol.count_min_estimates(list(stream), list(queries), width, [h[:] for h in hashes])


def _check(sol, stream, queries, width, hashes, want=None, shown=None):
    if want is None:
        want = _oracle(stream, queries, width, hashes)
    got = _call(sol, stream, queries, width, hashes)
    expect(got, want, **(shown or {"stream": stream, "queries": queries}), width=width,
           hashes=hashes)


def test_example_1(sol):
    _check(sol, [1, 2, 1, 3], [1, 2, 4], 2, [[1, 0]], [3, 1, 1])


def test_example_2(sol):
    _check(sol, [5, 5, 6], [5, 6, 9, 7], 4, [[1, 0], [3, 1]], [2, 1, 2, 0])


def test_width_one_counts_everything(sol):
    _check(sol, [7, 8, 9, 7], [7, 100], 1, [[5, 3], [2, 0]], [4, 4])


def test_rows_must_differ(sol):
    # Row 0 puts 0 and 4 together, row 1 separates them: min beats one row or the max.
    _check(sol, [0, 0, 0, 4], [4, 0], 4, [[1, 0], [1, 1], [2, 1]])


@given(stream=st.lists(st.integers(0, 50), min_size=1, max_size=60),
       queries=st.lists(st.integers(0, 60), min_size=1, max_size=10),
       width=st.integers(1, 12),
       hashes=st.lists(st.tuples(st.integers(1, P - 1), st.integers(0, P - 1)).map(list),
                       min_size=1, max_size=4))
def test_matches_oracle(sol, stream, queries, width, hashes):
    _check(sol, stream, queries, width, hashes)


def test_largest_size_and_error_bound(sol):
    # 100,000 items (Zipf-like: a few heavy ones, many light ones), 8 rows of 10,000 counters.
    # Never below the true count; above it by more than e·n / w for a small share only.
    rng = random.Random(2**32)
    n, width = 100_000, 10_000
    universe = [rng.randint(0, TOP) for _ in range(20_000)] + [0, TOP]
    weights = [1 / (rank + 1) for rank in range(len(universe))]
    stream = rng.choices(universe, weights, k=n)
    stream[0], stream[1] = 0, TOP
    hashes = [[rng.randint(1, P - 1), rng.randint(0, P - 1)] for _ in range(8)]
    hashes[0], hashes[1] = [P - 1, 0], [1, P - 1]
    queries = universe[:5_000] + [rng.randint(0, TOP) for _ in range(4_998)] + [0, TOP]
    shown = {"stream": f"{n} Zipf-like items below 2**32", "queries": "10,000 items"}
    got = _call(sol, stream, queries, width, hashes)
    expect(got, _oracle(stream, queries, width, hashes), **shown, width=width, hashes="8 rows")
    true = Counter(stream)
    expect_true(all(g >= true[y] for g, y in zip(got, queries, strict=False)),
                "an estimate is below the true count", **shown)
    bound = math.e * n / width
    over = sum(g - true[y] > bound for g, y in zip(got, queries, strict=False))
    expect_true(over <= 10, f"{over} estimates exceed the true count by more than e·n/w",
                **shown)


def test_largest_size_one_row(sol):
    rng = random.Random(1)
    stream = [rng.randint(0, TOP) for _ in range(100_000)]
    queries = stream[:10_000]
    _check(sol, stream, queries, 1_000, [[1, 0]],
           shown={"stream": "100,000 random items", "queries": "its first 10,000"})
