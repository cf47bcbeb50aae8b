"""Tests for he-initialisation: shapes, the seed, and the distribution of large draws (mean,
standard deviation sqrt(2 / n_in) within 3 %, the normal's 68-95 rule).

The draw itself is the learner's choice, so nothing here compares single numbers: each check is
a statistic of a large sample, with a tolerance many standard errors wide (for 200,000 entries
the sample standard deviation varies by about 0.16 %, the tolerance is 3 %).
"""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.nn.init import he_normal
from practice.arrays import shape_hint
from practice.checking import expect_true

TOLERANCE = 0.03


def draw(sol, n_in, n_out, seed):
    W = sol.he_init(n_in, n_out, seed)
    shown = {"n_in": n_in, "n_out": n_out, "seed": seed}
    expect_true(type(W) is np.ndarray, f"he_init should return a numpy array; yours returned "
                f"{type(W).__name__}", **shown)
    expect_true(W.shape == (n_in, n_out), f"W should have shape {(n_in, n_out)} = (n_in, "
                f"n_out); yours is {W.shape}{shape_hint(W.shape, (n_in, n_out))}", **shown)
    expect_true(W.dtype.kind == "f", f"W should hold floats; yours holds {W.dtype}", **shown)
    expect_true(bool(np.all(np.isfinite(W))), "W has NaN or infinite entries", **shown)
    return W, shown


def explain_std(std, n_in, n_out):
    """What a standard deviation this far off usually means."""
    want = math.sqrt(2 / n_in)
    known = ((math.sqrt(2 / n_out), "it matches sqrt(2 / n_out): the fan is n_in, the number "
              "of inputs each neuron sums, not n_out"),
             (math.sqrt(1 / n_in), "it matches sqrt(1 / n_in): the factor 2 is missing (it "
              "makes up for ReLU zeroing half the signal)"),
             (2 / n_in, "it matches 2 / n_in, the variance: normal() and standard_normal() "
              "scale by the standard deviation, its square root"),
             (1.0, "it matches 1: the draw was never scaled by sqrt(2 / n_in)"))
    for value, reason in known:
        if abs(value - want) > 2 * TOLERANCE * want and abs(std - value) <= TOLERANCE * value:
            return f"; {reason}"
    return ""


def check_distribution(sol, n_in, n_out, seed):
    W, shown = draw(sol, n_in, n_out, seed)
    want = math.sqrt(2 / n_in)
    std, mean = float(W.std()), float(W.mean())
    expect_true(abs(std - want) <= TOLERANCE * want,
                f"the standard deviation of W is {std:.5g}; He initialisation wants sqrt(2 / "
                f"n_in) = {want:.5g} (within {TOLERANCE:.0%}){explain_std(std, n_in, n_out)}",
                **shown)
    limit = 5 * want / math.sqrt(W.size)  # five standard errors of the mean
    expect_true(abs(mean) <= limit, f"the mean of W is {mean:.3g}; it should be 0 (within "
                f"{limit:.2g} for {W.size} draws): centre the normal at 0", **shown)
    return W, shown


def test_shapes(sol):
    for n_in, n_out in ((3, 5), (5, 3), (1, 4), (4, 1), (1, 1)):
        draw(sol, n_in, n_out, 0)


@settings(max_examples=15)
@given(n_in=st.integers(1, 40), n_out=st.integers(1, 40), seed=st.integers(0, 2**32 - 1))
def test_any_shape_and_seed_repeats(sol, n_in, n_out, seed):
    first, shown = draw(sol, n_in, n_out, seed)
    second, _ = draw(sol, n_in, n_out, seed)
    expect_true(np.array_equal(first, second), "two calls with the same seed gave different "
                "weights: draw every number from np.random.default_rng(seed)", **shown)


def test_same_seed_same_weights(sol):
    first, shown = draw(sol, 30, 20, 5)
    second, _ = draw(sol, 30, 20, 5)
    expect_true(np.array_equal(first, second), "two calls with the same seed gave different "
                "weights: draw every number from np.random.default_rng(seed)", **shown)


def test_different_seeds_different_weights(sol):
    first, shown = draw(sol, 30, 20, 5)
    other, _ = draw(sol, 30, 20, 6)
    expect_true(not np.array_equal(first, other), "seeds 5 and 6 gave the same weights: make "
                "the generator from the seed argument, np.random.default_rng(seed)",
                **shown, other_seed=6)


def test_many_inputs_few_outputs(sol):
    check_distribution(sol, 2000, 100, 1)


def test_few_inputs_many_outputs(sol):
    check_distribution(sol, 100, 2000, 2)


def test_the_first_mnist_layer(sol):
    W, shown = check_distribution(sol, 784, 128, 0)
    oracle = he_normal(784, 128, np.random.default_rng(0), dtype=np.float64)  # same recipe
    expect_true(abs(float(W.std()) - float(oracle.std())) <= TOLERANCE * float(oracle.std()),
                f"W's standard deviation {float(W.std()):.5g} is far from the project's He "
                f"weights' {float(oracle.std()):.5g}", **shown)


def test_the_draw_is_normal(sol):
    W, shown = check_distribution(sol, 1000, 200, 3)
    sigma = math.sqrt(2 / 1000)
    for k, share in ((1, 0.6827), (2, 0.9545)):
        inside = float(np.mean(np.abs(W) <= k * sigma))
        expect_true(abs(inside - share) <= 0.01,
                    f"{inside:.1%} of the entries lie within {k} standard deviation(s) of 0; a "
                    f"normal distribution puts {share:.1%} there. Draw from a normal "
                    "(rng.normal or rng.standard_normal), not a uniform", **shown)


def correlation(a, b):
    return float(np.corrcoef(a.ravel(), b.ravel())[0, 1])


CORRELATION_LIMIT = 0.05  # about 16 standard errors for 100,000 independent pairs


def test_seeds_give_independent_draws(sol):
    # Two seeds must give two independent draws: a correlated pair means one fixed matrix (or
    # pattern) nudged by the seed, and every layer of a network would start alike.
    first, shown = draw(sol, 500, 200, 20)
    other, _ = draw(sol, 500, 200, 21)
    r = correlation(first, other)
    expect_true(abs(r) < CORRELATION_LIMIT, f"the weights for seeds 20 and 21 are correlated "
                f"(r = {r:.3f}; independent draws give |r| < {CORRELATION_LIMIT}): each seed must "
                "give a fresh draw, so make the generator from it, np.random.default_rng(seed), "
                "and draw all of W from that generator", **shown, other_seed=21)
    shared = float(np.isin(other, first).mean())  # continuous draws never repeat a value
    expect_true(shared < 0.01, f"{shared:.1%} of the weights for seed 21 also appear among "
                "those for seed 20: the same numbers moved around (rolled or shuffled by the "
                "seed) are not a new draw. Make the generator from the seed, "
                "np.random.default_rng(seed), and draw all of W from it", **shown, other_seed=21)


def test_entries_are_independent(sol):
    # Independent entries: no entry says anything about its neighbour along a row, down a
    # column, or in the flattened order (a deterministic grid of quantiles fails here).
    W, shown = draw(sol, 500, 200, 22)
    flat = W.ravel()
    pairs = (("each entry and the next in memory order", flat[:-1], flat[1:]),
             ("each row and the next", W[:-1], W[1:]),
             ("each column and the next", W[:, :-1], W[:, 1:]))
    for what, a, b in pairs:
        r = correlation(a, b)
        expect_true(abs(r) < CORRELATION_LIMIT, f"neighbouring entries of W are correlated: "
                    f"r = {r:.3f} between {what} (independent draws give |r| < "
                    f"{CORRELATION_LIMIT}). Draw every entry independently from the generator "
                    "(rng.standard_normal((n_in, n_out))), not from a grid or a pattern", **shown)
