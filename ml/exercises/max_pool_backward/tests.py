"""Tests for max-pool-backward: numerical gradients, ties, negatives, uncovered borders."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.nn.pooling import MaxPool2D
from practice.arrays import expect_gradient, numerical_gradient
from practice.checking import Mismatch, expect_true

CAUSES = ("the gradient sent to every position of a window instead of to its maximum only",
          "a tie paid to every tied maximum instead of to the first one",
          "a running maximum that starts at 0, so all-negative windows lose their gradient",
          "rows and columns mixed up when undoing the window reshape")


def oracle(x, dout, size):
    pool = MaxPool2D(size)
    pool.forward(x, training=True)
    return pool.backward(dout)


def _close(got, other):
    return bool(np.allclose(got, other, rtol=1e-6, atol=1e-9))


def diagnose(got, x, dout, size, want, shown):
    """Name the classic slip when the answer matches it, before the plain comparison."""
    if not isinstance(got, np.ndarray) or got.shape != x.shape or _close(got, want):
        return  # expect_gradient explains a wrong type or shape
    oh, ow = dout.shape[2:]
    n, c = x.shape[:2]
    windows = x[:, :, : oh * size, : ow * size].reshape(n, c, oh, size, ow, size)
    spread, tied = np.zeros_like(want), np.zeros_like(want)
    spread[:, :, : oh * size, : ow * size] = dout.repeat(size, 2).repeat(size, 3)
    mask = windows == windows.max(axis=(3, 5), keepdims=True)
    tied[:, :, : oh * size, : ow * size] = (mask * dout[:, :, :, None, :, None]).reshape(
        n, c, oh * size, ow * size)
    if _close(got, spread) and not _close(got, tied):
        raise Mismatch("each window's gradient went to all its positions: only the input that "
                       "holds the maximum affects the output, so only it gets the gradient",
                       shown)
    if _close(got, tied):
        raise Mismatch("each window's gradient went to every entry equal to its maximum: when "
                       "several tie, give it to the first only (row-major, as np.argmax picks "
                       "it), or the window passes its gradient on several times", shown)
    covered = got[:, :, : oh * size, : ow * size].reshape(n, c, oh, size, ow, size)
    paid = covered.sum(axis=(3, 5))
    lost = (windows.max(axis=(3, 5)) <= 0) & (paid == 0) & (dout != 0)
    expect_true(not lost.any(), "windows whose values are all negative (or zero) lost their "
                "gradient: start the running maximum at the window's first entry (or use "
                "argmax), not at 0", **shown)
    ties = mask.sum(axis=(3, 5)) > 1
    expect_true(not (ties & ~np.isclose(paid, dout)).any(), "a window with several equal "
                "maxima passed on more (or less) than its gradient: give it to the first "
                "maximum only (row-major, as np.argmax picks it)", **shown)


def check(sol, x, dout, size, shown=None):
    shown = shown or dict(x=x, dout=dout, size=size)
    want = oracle(x, dout, size)
    got = sol.max_pool_backward(x.copy(), dout.copy(), size)
    diagnose(got, x, dout, size, want, shown)
    expect_gradient(got, want, name="dx", param="x", causes=CAUSES, **shown)


def test_worked_example(sol):
    x = np.array([[[[1.0, 2.0, 0.0, 0.0], [3.0, 4.0, 0.0, 9.0],
                    [0.0, 0.0, 5.0, 6.0], [0.0, 1.0, 7.0, 8.0]]]])
    check(sol, x, np.array([[[[10.0, 20.0], [30.0, 40.0]]]]), 2)


def numerical_check(sol, shape, size, seed):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=shape)  # continuous values: no ties, and no winner changes within 1e-6
    oh, ow = shape[2] // size, shape[3] // size
    G = rng.normal(size=(*shape[:2], oh, ow))
    loss = lambda z: float(np.sum(MaxPool2D(size).forward(z) * G))  # noqa: E731
    shown = dict(x=f"{shape}, normal (seed {seed})", dout=f"({shape[0]}, {shape[1]}, {oh}, "
                 f"{ow}), normal", size=size, loss="sum(max_pool(x) * dout)")
    got = sol.max_pool_backward(x.copy(), G.copy(), size)
    diagnose(got, x, G, size, oracle(x, G, size), shown)
    expect_gradient(got, numerical_gradient(loss, x), name="dx", param="x", causes=CAUSES,
                    **shown)


def test_numerical_gradient(sol):
    numerical_check(sol, (2, 3, 6, 6), 2, seed=81)


def test_numerical_gradient_uncovered_border(sol):
    # 7 rows and 5 columns with size 3: the last row and the last two columns are in no window
    numerical_check(sol, (2, 2, 7, 5), 3, seed=82)


def test_ties_after_relu(sol):
    rng = np.random.default_rng(83)
    x = np.maximum(rng.normal(size=(2, 2, 4, 4)), 0.0)
    x[0, 0, :2, :2] = 0.0  # a window of four tied zeros
    x[1, 1, 2:, 2:] = 1.5  # and one of four tied 1.5s
    check(sol, x, rng.normal(size=(2, 2, 2, 2)), 2,
          shown=dict(x="ReLU of normal values (seed 83), with windows of tied maxima",
                     dout="normal (2, 2, 2, 2)", size=2))


def test_all_negative_windows(sol):
    rng = np.random.default_rng(84)
    x = -rng.uniform(1.0, 5.0, size=(1, 2, 4, 6))
    check(sol, x, rng.normal(size=(1, 2, 2, 3)), 2)


def test_size_one_is_identity(sol):
    rng = np.random.default_rng(85)
    x, dout = rng.normal(size=(2, 1, 3, 2)), rng.normal(size=(2, 1, 3, 2))
    check(sol, x, dout, 1)


def test_inputs_unchanged(sol):
    rng = np.random.default_rng(86)
    x, dout = rng.normal(size=(1, 1, 4, 4)), rng.normal(size=(1, 1, 2, 2))
    x0, dout0 = x.copy(), dout.copy()
    sol.max_pool_backward(x, dout, 2)
    expect_true(np.array_equal(x, x0) and np.array_equal(dout, dout0), "max_pool_backward "
                "changed x or dout in place; build dx in a new array", x=x0, dout=dout0, size=2)


@st.composite
def pools(draw):
    size = draw(st.integers(1, 3))
    n, c = draw(st.integers(1, 2)), draw(st.integers(1, 2))
    h, w = draw(st.integers(size, 7)), draw(st.integers(size, 7))
    levels = st.sampled_from([-2.0, -1.0, 0.0, 0.0, 0.5, 3.0])  # few values: many ties
    x = draw(arrays(np.float64, (n, c, h, w), elements=levels))
    dout = draw(arrays(np.float64, (n, c, h // size, w // size),
                       elements=st.floats(-5, 5, allow_subnormal=False)))
    return x, dout, size


@settings(max_examples=15)
@given(case=pools())
def test_matches_the_project_layer(sol, case):
    check(sol, *case)


def test_a_realistic_batch(sol):
    # MNIST-sized feature maps: routing is one pass over x, while differentiating the forward
    # numerically costs one forward pass per entry (50176 of them here, half a minute or more).
    rng = np.random.default_rng(87)
    x, dout = rng.normal(size=(16, 4, 28, 28)), rng.normal(size=(16, 4, 14, 14))
    check(sol, x, dout, 2, shown=dict(x="(16, 4, 28, 28), normal (seed 87)",
                                      dout="(16, 4, 14, 14), normal", size=2))
