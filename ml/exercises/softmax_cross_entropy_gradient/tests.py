"""Tests for softmax-cross-entropy-gradient: the example, a numerical gradient check of the mean
loss, logits of +-1000, repeat calls, and the project's SoftmaxCrossEntropy as the oracle."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.nn.losses import SoftmaxCrossEntropy
from practice.arrays import expect_gradient, numerical_gradient
from practice.checking import expect_true

CAUSES = ("a missing 1/n (the loss is the mean over the batch)",
          "the sign: the gradient is P - Y, not Y - P",
          "an unstable softmax: subtract each row's maximum before np.exp")


def oracle(Z, y):
    loss = SoftmaxCrossEntropy()
    loss.forward(Z, y)
    return loss.backward()


def check(sol, logits, labels, **shown):
    shown = shown or {"Z": logits, "y": labels}
    got = sol.softmax_cross_entropy_gradient(logits.copy(), labels.copy())
    want = oracle(logits, labels)
    n = len(labels)
    if isinstance(got, np.ndarray) and got.shape == want.shape and got.dtype.kind == "f":
        expect_true(bool(np.all(np.isfinite(got))), "G has NaN or inf entries: exp overflowed "
                    "(exp(1000) is inf, and inf / inf is NaN). Compute P stably: subtract each "
                    "row's maximum, Z.max(axis=1, keepdims=True), before np.exp", **shown)
    comparable = isinstance(got, np.ndarray) and got.shape == want.shape
    if not (comparable and np.abs(want).max() > 1e-6):  # the slips below need a visible G
        comparable = False
    if n > 1 and comparable:
        expect_true(not np.allclose(got, n * want, rtol=1e-6, atol=1e-12),
                    f"your gradient is exactly n = {n} times too large: a missing 1/n. The loss "
                    "is the mean over the batch, so G = (P - Y) / n", **shown)
    if comparable:
        expect_true(not np.allclose(got, -want, rtol=1e-6, atol=1e-12),
                    "your gradient has the wrong sign everywhere: it is (P - Y) / n. (Y - P) "
                    "points uphill, and training would increase the loss", **shown)
    expect_gradient(got, want, name="G", param="Z", causes=CAUSES, **shown)
    return got


def test_worked_example(sol):
    check(sol, np.zeros((2, 4)), np.array([0, 3]))


def test_batch_of_one(sol):
    check(sol, np.array([[2.0, -1.0, 0.5]]), np.array([2]))


def test_rows_sum_to_zero(sol):
    rng = np.random.default_rng(5)
    Z, y = rng.normal(0.0, 2.0, (6, 4)), rng.integers(0, 4, 6)
    got = check(sol, Z, y, Z="6 x 4, normal(0, 2) (seed 5)", y=y)
    expect_true(np.allclose(got.sum(axis=1), 0.0, atol=1e-12),
                "each row of G must sum to 0 (the probabilities sum to 1, the one-hot row too)",
                Z="6 x 4, normal(0, 2) (seed 5)", y=y)


def test_numerical_gradient_of_the_mean_loss(sol):
    rng = np.random.default_rng(7)
    Z = rng.normal(0.0, 1.5, (5, 3))
    y = np.array([0, 2, 1, 1, 0])

    def loss(v=Z):
        return SoftmaxCrossEntropy().forward(v, y)

    want = numerical_gradient(loss, Z)
    got = sol.softmax_cross_entropy_gradient(Z.copy(), y.copy())
    expect_gradient(got, want, name="G", param="Z", causes=CAUSES,
                    Z="5 x 3, normal(0, 1.5) (seed 7)", y=y)


def test_finite_at_plus_minus_1000(sol):
    Z = np.array([[1000.0, 0.0, -1000.0], [0.0, 1000.0, 0.0], [-1000.0, -1000.0, 1000.0]])
    y = np.array([0, 0, 2])
    got = check(sol, Z, y)  # P is exactly one-hot here: G = ([1,0,0]-[1,0,0], [0,1,0]-[1,0,0], 0)
    expect_true(bool(np.all(np.isfinite(got))), "G has NaN or inf entries at logits of +-1000: "
                "exp overflowed. Subtract each row's maximum before np.exp", Z=Z, y=y)


def test_same_answer_twice_and_Z_unchanged(sol):
    Z = np.array([[1.0, -1.0], [0.5, 0.5], [3.0, 0.0]])
    y = np.array([1, 0, 0])
    kept = Z.copy()
    first = sol.softmax_cross_entropy_gradient(Z, y)
    expect_true(np.array_equal(Z, kept), "your function changed Z in place; compute P into a "
                "new array", Z=kept, y=y)
    second = sol.softmax_cross_entropy_gradient(Z, y)
    expect_gradient(second, first, name="G (second call)", param="Z",
                    causes=("gradients kept from the previous call",), Z=kept, y=y)


@st.composite
def batches(draw):
    n, k = draw(st.integers(1, 6)), draw(st.integers(2, 5))
    Z = draw(arrays(np.float64, (n, k), elements=st.floats(-1000, 1000, width=64)))
    y = draw(arrays(np.int64, n, elements=st.integers(0, k - 1)))
    return Z, y


@settings(max_examples=15)
@given(case=batches())
def test_matches_the_project_loss_gradient(sol, case):
    check(sol, *case)


def test_a_thousand_classes(sol):
    # An ImageNet-sized output layer: (P - Y) / n is a few passes over Z, while differentiating
    # the loss numerically costs a pass over Z per entry, 64000 of them here.
    rng = np.random.default_rng(11)
    Z, y = rng.normal(0.0, 3.0, (64, 1000)), rng.integers(0, 1000, 64)
    check(sol, Z, y, Z="64 x 1000, normal(0, 3) (seed 11)", y="64 labels in 0..999 (seed 11)")
