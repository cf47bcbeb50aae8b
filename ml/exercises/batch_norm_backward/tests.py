"""Tests for batch-norm-backward: numerical gradients, the project's BatchNorm, eps, invariants."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.nn.batchnorm import BatchNorm
from practice.arrays import expect_gradient, numerical_gradient
from practice.checking import Mismatch, expect_true

CAUSES = ("the batch mean and variance treated as constants (they depend on x too)",
          "the variance's path missing: subtract xhat * mean(dxhat * xhat) as well",
          "statistics over the wrong axes: (0,) for (n, d), (0, 2, 3) for (n, c, h, w)",
          "eps outside the square root: use sqrt(var + eps)")


def layer(gamma, beta, eps):
    bn = BatchNorm(len(gamma), eps=eps, dtype=np.float64)
    bn.params["gamma"][...], bn.params["beta"][...] = gamma, beta
    return bn


def oracle(x, gamma, dout, eps):
    bn = layer(gamma, np.zeros_like(gamma), eps)
    bn.forward(x, training=True)
    dx = bn.backward(dout)
    return dx, bn.grads["gamma"].copy(), bn.grads["beta"].copy()


def _close(got, other):
    return got.shape == other.shape and bool(np.allclose(got, other, rtol=1e-6, atol=1e-9))


def unpack(got, shown):
    if not isinstance(got, tuple | list) or len(got) != 3:
        raise Mismatch("return the three gradients as a tuple (dx, dgamma, dbeta)", shown,
                       "(dx, dgamma, dbeta)", got)
    return got


def diagnose(dx, x, gamma, dout, eps, want_dx, shown):
    """Name the classic slip when dx matches it, before the plain comparison."""
    if not isinstance(dx, np.ndarray) or dx.shape != x.shape or _close(dx, want_dx):
        return  # expect_gradient explains a wrong type or shape
    axes = (0,) if x.ndim == 2 else (0, 2, 3)
    shape = (1, -1) + (1,) * (x.ndim - 2)
    centred = x - x.mean(axis=axes, keepdims=True)
    std = np.sqrt(x.var(axis=axes, keepdims=True) + eps)
    dxhat = dout * gamma.reshape(shape)
    expect_true(not _close(dx, dxhat / std), "your dx treats the batch mean and variance as "
                "constants: both are computed from x, so each x also reaches the loss through "
                "them; add those two paths", **shown)
    expect_true(not _close(dx, (dxhat - dxhat.mean(axis=axes, keepdims=True)) / std), "your dx "
                "has the mean's path but not the variance's: var depends on x too, which adds "
                "-xhat * mean(dxhat * xhat) inside the bracket", **shown)
    std_out = np.sqrt(x.var(axis=axes, keepdims=True)) + eps
    xhat_out, dxhat = centred / std_out, dout * gamma.reshape(shape)
    outside = (dxhat - dxhat.mean(axis=axes, keepdims=True)
               - xhat_out * (dxhat * xhat_out).mean(axis=axes, keepdims=True)) / std_out
    expect_true(not _close(dx, outside), "eps is outside your square root: the forward pass "
                "divides by sqrt(var + eps)", **shown)
    if x.ndim == 4:
        per_pixel = oracle(x.transpose(0, 2, 3, 1).reshape(len(x), -1),
                           np.tile(gamma, x.shape[2] * x.shape[3]),
                           dout.transpose(0, 2, 3, 1).reshape(len(x), -1), eps)[0]
        expect_true(not _close(dx, per_pixel.reshape(len(x), *x.shape[2:], -1).transpose(
            0, 3, 1, 2)), "your statistics are per pixel (over axis 0 only): for images, a "
            "channel's mean and variance are taken over axes (0, 2, 3), the images and all "
            "positions", **shown)
    sums = dx.sum(axis=axes)
    expect_true(bool(np.allclose(sums, 0.0, atol=1e-8 * (1 + np.abs(dx).sum()))),
                f"your dx does not sum to 0 over each feature (sums {np.round(sums, 6)}): "
                "adding a constant to a whole feature changes nothing after standardising, so "
                "the gradient must sum to 0 along every feature", **shown)


def check(sol, x, gamma, dout, eps, shown=None):
    shown = shown or dict(x=x, gamma=gamma, dout=dout, eps=eps)
    want = oracle(x, gamma, dout, eps)
    dx, dgamma, dbeta = unpack(sol.batch_norm_backward(x.copy(), gamma.copy(), dout.copy(),
                                                       eps), shown)
    diagnose(dx, x, gamma, dout, eps, want[0], shown)
    expect_gradient(dx, want[0], name="dx", param="x", causes=CAUSES, **shown)
    expect_gradient(dgamma, want[1], name="dgamma", param="gamma", causes=(
        "summed over the wrong axes", "dgamma and dbeta swapped", "xhat recomputed wrongly"),
        **shown)
    expect_gradient(dbeta, want[2], name="dbeta", param="beta", causes=(
        "summed over the wrong axes", "dgamma and dbeta swapped"), **shown)


def test_worked_example(sol):
    check(sol, np.array([[1.0, 10.0], [3.0, 30.0], [8.0, 20.0]]), np.array([2.0, 0.5]),
          np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 2.0]]), 1e-5)


def numerical_check(sol, shape, seed, eps=1e-5):
    """Every gradient against central differences of L = sum(batchnorm(x) * dout)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(1.0, 2.0, size=shape)
    gamma, beta = rng.normal(size=shape[1]), rng.normal(size=shape[1])
    G = rng.normal(size=shape)
    shown = dict(x=f"{shape}, normal (seed {seed})", gamma=gamma, dout="normal, like x",
                 eps=eps, loss="sum(batchnorm(x) * dout)")
    dx, dgamma, dbeta = unpack(sol.batch_norm_backward(x.copy(), gamma.copy(), G.copy(), eps),
                               shown)
    diagnose(dx, x, gamma, G, eps, oracle(x, gamma, G, eps)[0], shown)
    loss = lambda z, g=gamma, b=beta: float(np.sum(  # noqa: E731
        layer(g, b, eps).forward(z, training=True) * G))
    expect_gradient(dx, numerical_gradient(loss, x), name="dx", param="x", causes=CAUSES,
                    **shown)
    expect_gradient(dgamma, numerical_gradient(lambda g: loss(x, g), gamma), name="dgamma",
                    param="gamma", causes=("summed over the wrong axes", "dgamma and dbeta "
                                           "swapped"), **shown)
    expect_gradient(dbeta, numerical_gradient(lambda b: loss(x, gamma, b), beta), name="dbeta",
                    param="beta", causes=("summed over the wrong axes", "dgamma and dbeta "
                                          "swapped"), **shown)


def test_numerical_gradient_features(sol):
    numerical_check(sol, (6, 3), seed=82)


def test_numerical_gradient_channels(sol):
    numerical_check(sol, (3, 2, 3, 4), seed=83)


def test_large_eps_and_constant_feature(sol):
    rng = np.random.default_rng(84)
    x = rng.normal(size=(5, 3))
    x[:, 1] = 2.5  # constant over the batch: var = 0, and only eps keeps 1/sqrt finite
    check(sol, x, np.array([1.5, -0.5, 2.0]), rng.normal(size=(5, 3)), 1.0,
          shown=dict(x="(5, 3), normal (seed 84), column 1 constant 2.5", gamma=[1.5, -0.5, 2.0],
                     dout="normal (5, 3)", eps=1.0))


def test_inputs_unchanged(sol):
    rng = np.random.default_rng(85)
    x, gamma, dout = rng.normal(size=(4, 2)), np.array([1.0, 2.0]), rng.normal(size=(4, 2))
    before = [a.copy() for a in (x, gamma, dout)]
    sol.batch_norm_backward(x, gamma, dout, 1e-5)
    same = all(np.array_equal(a, b) for a, b in zip((x, gamma, dout), before, strict=True))
    expect_true(same, "batch_norm_backward changed x, gamma or dout in place; compute in new "
                "arrays", x=before[0], gamma=before[1], dout=before[2], eps=1e-5)


@st.composite
def batches(draw):
    n, c = draw(st.integers(2, 5)), draw(st.integers(1, 3))
    shape = (n, c) if draw(st.booleans()) else (n, c, draw(st.integers(1, 3)),
                                                 draw(st.integers(1, 3)))
    values = st.floats(-10, 10, allow_subnormal=False)
    x = draw(arrays(np.float64, shape, elements=values))
    gamma = draw(arrays(np.float64, c, elements=st.floats(-3, 3, allow_subnormal=False)))
    dout = draw(arrays(np.float64, shape, elements=values))
    return x, gamma, dout, draw(st.sampled_from([1e-5, 1e-3, 0.1]))


@settings(max_examples=15)
@given(case=batches())
def test_matches_the_project_layer(sol, case):
    check(sol, *case)


def test_a_realistic_batch(sol):
    # A CNN-sized batch: a backward pass is a few passes over x, while differentiating the
    # forward numerically costs one forward pass per entry (65536 of them here).
    rng = np.random.default_rng(86)
    x = rng.normal(0.5, 2.0, size=(32, 32, 8, 8))
    gamma, dout = rng.normal(size=32), rng.normal(size=x.shape)
    check(sol, x, gamma, dout, 1e-5, shown=dict(x="(32, 32, 8, 8), normal (seed 86)",
                                                gamma="(32,)", dout="normal, like x", eps=1e-5))
