"""Tests for weighted-lottery: shape and types, entrants without tickets, the same seed giving
the same draws, chi-square tests of the win frequencies (small lotteries and the largest size),
and 100,000 draws among 100,000 entrants.

The statistical thresholds are far out in the tail (chance below about 1 in 50,000 for a fair
method), and the seeds are fixed, so a correct method passes every time once it passes once."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from practice.checking import expect, expect_true

BIG = 10**9
N = 100_000


def _valid(got, weights, k, /, **inputs):
    expect_true(type(got) is list and len(got) == k,
                f"expected a list of {k} indices, got {type(got).__name__} of length "
                f"{len(got) if hasattr(got, '__len__') else '?'}", **inputs)
    bad = next((x for x in got if type(x) is not int or not 0 <= x < len(weights)), None)
    expect_true(bad is None, f"{bad!r} is not an index of weights", **inputs)
    empty = next((x for x in got if weights[x] == 0), None)
    expect_true(empty is None, f"entrant {empty} has no tickets but won a draw", **inputs)


def _chi_square(counts, expected):
    return sum((c - e) ** 2 / e for c, e in zip(counts, expected, strict=True) if e > 0)


def draw(sol, weights, k, seed, shown=None):
    inputs = {"weights": shown or weights, "k": k, "seed": seed}
    got = sol.draw_winners(list(weights), k, seed)
    _valid(got, weights, k, **inputs)
    return got, inputs


def test_example_only_one_entrant_has_tickets(sol):
    got, inputs = draw(sol, [0, 5, 0], 3, 1)
    expect(got, [1, 1, 1], **inputs)


def test_single_entrant(sol):
    got, inputs = draw(sol, [BIG], 4, 0)
    expect(got, [0, 0, 0, 0], **inputs)
    got, inputs = draw(sol, [0, 0, 1], 1, 5)
    expect(got, [2], **inputs)


def test_same_seed_same_draws(sol):
    weights = [3, 1, 4, 1, 5, 9, 2, 6]
    first, inputs = draw(sol, weights, 50, 2024)
    second, _ = draw(sol, weights, 50, 2024)
    expect_true(first == second, "the same arguments gave different draws: use only "
                "random.Random(seed)", **inputs)
    other, _ = draw(sol, weights, 50, 2025)
    expect_true(other != first, "another seed gave the very same 50 draws: is the seed used?",
                **inputs)


@settings(max_examples=30)
@given(weights=st.lists(st.integers(0, 3) | st.integers(0, BIG), min_size=1, max_size=12)
       .filter(any), k=st.integers(1, 30), seed=st.integers(0, BIG))
def test_draws_are_valid(sol, weights, k, seed):
    draw(sol, weights, k, seed)


def test_frequencies_small_weights(sol):
    # Boundaries matter most with weights of 0, 1 and 2 tickets.
    weights = [1, 0, 2, 1, 0, 3, 1]
    k = 70_000
    got, inputs = draw(sol, weights, k, 31)
    counts = [got.count(i) for i in range(len(weights))]
    expected = [k * w / sum(weights) for w in weights]
    # 4 degrees of freedom (5 entrants with tickets): 30 is past the 99.999th percentile.
    expect_true(_chi_square(counts, expected) < 30,
                f"wins {counts} are far from the shares {[round(e) for e in expected]}",
                **inputs)


def test_frequencies_two_entrants(sol):
    got, inputs = draw(sol, [1, 3], 80_000, 7)
    zeros = got.count(0)
    # Binomial(80,000, 1/4): standard deviation about 122; 5 deviations either side.
    expect_true(19_390 <= zeros <= 20_610, f"entrant 0 won {zeros} of 80,000 draws, expected "
                "about 20,000", **inputs)


def test_largest_size(sol):
    rng = random.Random(21)
    weights = [rng.choice((0, rng.randint(1, BIG), rng.randint(1, 10))) for _ in range(N)]
    weights[0], weights[1] = 0, BIG
    got, inputs = draw(sol, weights, N, BIG,
                       shown="100,000 random weights in 0 … 10**9, many of them 0")
    # Group entrants into 10 blocks of 10,000 and compare each block's wins with its share.
    total = sum(weights)
    shares = [sum(weights[b * 10_000:(b + 1) * 10_000]) / total for b in range(10)]
    counts = [0] * 10
    for x in got:
        counts[x // 10_000] += 1
    # 9 degrees of freedom: 45 is past the 99.999th percentile.
    expect_true(_chi_square(counts, [N * s for s in shares]) < 45,
                f"wins per block of 10,000 entrants {counts} are far from the shares "
                f"{[round(N * s) for s in shares]}", **inputs)


def test_largest_size_tickets_at_the_end(sol):
    # Only the last entrant has tickets: walking the list costs 100,000 steps per draw.
    weights = [0] * (N - 1) + [1]
    got, inputs = draw(sol, weights, N, 0, shown="99,999 zeros then a 1")
    expect(got, [N - 1] * N, **inputs)
