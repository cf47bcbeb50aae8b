"""Tests for cross-entropy: the example, log k, a perfect prediction with zeros, the mean (not the
sum), and the project's fused SoftmaxCrossEntropy as the oracle."""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.nn.losses import SoftmaxCrossEntropy
from ml.special import softmax
from practice.arrays import expect_scalar
from practice.checking import expect_true


def diagnose(got, want, n, **shown):
    """Name the classic slips (NaN from 0 * log 0, a sum where the mean is asked)."""
    if not isinstance(got, (int, float, np.integer, np.floating)):
        return  # expect_scalar explains a wrong type
    got = float(got)
    expect_true(not math.isnan(got), "your loss is NaN: some probability of a wrong class is "
                "exactly 0, and 0 * log 0 = 0 * -inf is NaN. Look up only the true class's "
                "probability in each row, P[np.arange(n), y]", **shown)
    if n > 1 and want > 0:
        expect_true(not math.isclose(got, n * want, rel_tol=1e-6),
                    f"your loss is exactly n = {n} times too large: a missing 1/n. The loss is "
                    "the mean over the batch, not the sum", **shown)


def check(sol, probs, labels, want, **shown):
    shown = shown or {"P": probs, "y": labels}
    got = sol.cross_entropy(probs.copy(), labels.copy())
    diagnose(got, want, len(labels), **shown)
    if isinstance(got, (float, np.floating)) and len(labels) > 1:
        with np.errstate(divide="ignore"):
            columns = float(-np.mean(np.log(probs[:, labels])))
        expect_true(math.isclose(columns, want, rel_tol=1e-6)
                    or not math.isclose(float(got), columns, rel_tol=1e-9),
                    "your loss averages whole columns: P[:, y] is an (n, n) array (column y[j] "
                    "for every row). Take one entry per row, P[np.arange(n), y]", **shown)
    expect_scalar(got, want, name="L", rtol=1e-7, **shown)


def test_worked_example(sol):
    P = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
    check(sol, P, np.array([0, 1]), -(math.log(0.7) + math.log(0.1)) / 2)


def test_uniform_guess_costs_log_k(sol):
    P = np.full((4, 10), 0.1)
    check(sol, P, np.array([0, 3, 9, 3]), math.log(10))


def test_perfect_prediction_with_zeros(sol):
    P = np.array([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]])
    check(sol, P, np.array([0, 2, 1]), 0.0)


def test_a_confident_row_among_others(sol):
    P = np.array([[0.0, 1.0, 0.0], [0.25, 0.25, 0.5], [0.5, 0.0, 0.5]])
    check(sol, P, np.array([1, 2, 0]), -(0.0 + math.log(0.5) + math.log(0.5)) / 3)


def test_doubling_the_batch_keeps_the_loss(sol):
    P = np.array([[0.6, 0.3, 0.1], [0.2, 0.5, 0.3]])
    y = np.array([1, 2])
    want = -(math.log(0.3) + math.log(0.3)) / 2
    check(sol, np.vstack([P, P]), np.concatenate([y, y]), want,
          P="the 2 rows [[0.6, 0.3, 0.1], [0.2, 0.5, 0.3]], twice", y=[1, 2, 1, 2])


@st.composite
def batches(draw):
    n, k = draw(st.integers(1, 8)), draw(st.integers(2, 6))
    Z = draw(arrays(np.float64, (n, k), elements=st.floats(-20, 20, width=64)))
    y = draw(arrays(np.int64, n, elements=st.integers(0, k - 1)))
    return Z, y


@settings(max_examples=15)
@given(case=batches())
def test_matches_the_project_loss(sol, case):
    Z, y = case
    P = softmax(Z)
    want = SoftmaxCrossEntropy().forward(Z, y)  # from the logits: an independent route
    check(sol, P, y, want, P=np.round(P, 4), y=y)
