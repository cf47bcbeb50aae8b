"""Tests for layer-norm-backward: numerical gradients, the project's LayerNorm, eps, invariants."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.text.layers import LayerNorm
from practice.arrays import expect_gradient, numerical_gradient
from practice.checking import Mismatch, expect_true

CAUSES = ("the mean and variance treated as constants (they depend on x too)",
          "the variance's path missing: subtract xhat * mean(g * xhat) as well",
          "statistics over the wrong axis: a position's own features, axis=-1",
          "eps outside the square root: use sqrt(var + eps)")
PARAM_CAUSES = ("summed over axis 0 only: gamma is shared by every position, so sum over all "
                "leading axes", "dgamma and dbeta swapped", "xhat recomputed wrongly")


def layer(gamma, beta, eps):
    ln = LayerNorm(len(gamma), dtype=np.float64, eps=eps)
    ln.params["gamma"][...], ln.params["beta"][...] = gamma, beta
    return ln


def oracle(x, gamma, dout, eps):
    ln = layer(gamma, np.zeros_like(gamma), eps)
    ln.forward(x)
    dx = ln.backward(dout)
    return dx, ln.grads["gamma"].copy(), ln.grads["beta"].copy()


def _close(got, other):
    return (isinstance(got, np.ndarray) and got.shape == other.shape
            and bool(np.allclose(got, other, rtol=1e-6, atol=1e-9)))


def unpack(got, shown):
    if not isinstance(got, tuple | list) or len(got) != 3:
        raise Mismatch("return the three gradients as a tuple (dx, dgamma, dbeta)", shown,
                       "(dx, dgamma, dbeta)", got)
    return got


def diagnose(got, x, gamma, dout, eps, shown):
    """Name the classic slip when the answer matches it."""
    dx, dgamma, _ = got
    want = oracle(x, gamma, dout, eps)
    d = x.shape[-1]
    if isinstance(dgamma, np.ndarray) and x.ndim > 2 and dgamma.shape == x.shape[1:]:
        raise Mismatch(f"your dgamma has shape {dgamma.shape}: gamma {gamma.shape} is shared "
                       "by every position of every window, so sum over all the leading axes "
                       "(e.g. reshape(-1, d).sum(axis=0)), not over axis 0 alone", shown,
                       want[1], dgamma)
    if not isinstance(dx, np.ndarray) or dx.shape != x.shape or _close(dx, want[0]):
        return
    inv = 1.0 / np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    g = dout * gamma
    expect_true(not _close(dx, g * inv), "your dx treats the mean and variance as constants: "
                "both are computed from the position's features, so each x also reaches the "
                "loss through them; add those two paths", **shown)
    expect_true(not _close(dx, inv * (g - g.mean(axis=-1, keepdims=True))), "your dx has the "
                "mean's path but not the variance's: var depends on x too, which adds "
                "-xhat * mean(g * xhat) inside the bracket", **shown)
    if len(x) > 1:
        mu0, var0 = x.mean(axis=0, keepdims=True), x.var(axis=0, keepdims=True)
        expect_true(not _close(dgamma, (dout * (x - mu0) / np.sqrt(var0 + eps)).reshape(
            -1, d).sum(axis=0)), "your statistics are over the batch (axis 0), as in batch "
            "normalisation: layer normalisation uses each position's own d features, the "
            "last axis (axis=-1, keepdims=True)", **shown)
    sums = dx.sum(axis=-1)
    expect_true(bool(np.allclose(sums, 0.0, atol=1e-8 * (1 + np.abs(dx).sum()))),
                "your dx does not sum to 0 over each position's features: adding a constant to "
                "all the features of a position changes nothing after normalising, so its "
                "gradient must sum to 0 along the last axis", **shown)


def check(sol, x, gamma, dout, eps, shown=None):
    x, gamma, dout = (np.asarray(a, dtype=np.float64) for a in (x, gamma, dout))
    shown = shown or dict(x=x, gamma=gamma, dout=dout, eps=eps)
    got = unpack(sol.layer_norm_backward(x.copy(), gamma.copy(), dout.copy(), eps), shown)
    diagnose(got, x, gamma, dout, eps, shown)
    want = oracle(x, gamma, dout, eps)
    expect_gradient(got[0], want[0], name="dx", param="x", causes=CAUSES, **shown)
    expect_gradient(got[1], want[1], name="dgamma", param="gamma", causes=PARAM_CAUSES, **shown)
    expect_gradient(got[2], want[2], name="dbeta", param="beta", causes=PARAM_CAUSES, **shown)


def test_worked_example(sol):
    check(sol, [[1.0, 2.0, 3.0], [2.0, 0.0, 4.0]], [1.0, 2.0, 0.5],
          [[1.0, 0.0, 0.0], [0.0, 1.0, -1.0]], 1e-5)


def numerical_check(sol, shape, seed, eps=1e-5):
    """Every gradient against central differences of L = sum(layernorm(x) * dout)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(1.0, 2.0, size=shape)
    gamma, beta = rng.normal(size=shape[-1]), rng.normal(size=shape[-1])
    G = rng.normal(size=shape)
    shown = dict(x=f"{shape}, normal (seed {seed})", gamma=gamma, dout="normal, like x",
                 eps=eps, loss="sum(layernorm(x) * dout)")
    got = unpack(sol.layer_norm_backward(x.copy(), gamma.copy(), G.copy(), eps), shown)
    diagnose(got, x, gamma, G, eps, shown)
    loss = lambda z, g=gamma, b=beta: float(np.sum(layer(g, b, eps).forward(z) * G))  # noqa: E731
    expect_gradient(got[0], numerical_gradient(loss, x), name="dx", param="x", causes=CAUSES,
                    **shown)
    expect_gradient(got[1], numerical_gradient(lambda g: loss(x, g), gamma), name="dgamma",
                    param="gamma", causes=PARAM_CAUSES, **shown)
    expect_gradient(got[2], numerical_gradient(lambda b: loss(x, gamma, b), beta),
                    name="dbeta", param="beta", causes=PARAM_CAUSES, **shown)


def test_numerical_gradient_rows(sol):
    numerical_check(sol, (4, 5), seed=104)


def test_numerical_gradient_windows(sol):
    numerical_check(sol, (2, 3, 4), seed=105)


def test_large_eps_constant_position_batch_of_one(sol):
    rng = np.random.default_rng(106)
    x = rng.normal(size=(3, 4))
    x[1] = 2.5  # all features equal: var = 0, and only eps keeps 1 / sqrt finite
    check(sol, x, np.array([1.5, -0.5, 2.0, 1.0]), rng.normal(size=(3, 4)), 1.0,
          shown=dict(x="(3, 4) normal (seed 106), row 1 all 2.5", gamma=[1.5, -0.5, 2.0, 1.0],
                     dout="normal (3, 4)", eps=1.0))
    check(sol, x[1:2], np.ones(4), np.arange(4.0)[None, :], 1e-5)
    check(sol, [[3.0, -1.0, 0.5]], [2.0, 1.0, -1.0], [[0.5, 1.0, -2.0]], 1e-5)


def test_inputs_unchanged(sol):
    rng = np.random.default_rng(107)
    x, gamma, dout = rng.normal(size=(2, 3, 4)), np.array([1.0, 2.0, 0.5, -1.0]), \
        rng.normal(size=(2, 3, 4))
    before = [a.copy() for a in (x, gamma, dout)]
    sol.layer_norm_backward(x, gamma, dout, 1e-5)
    same = all(np.array_equal(a, b) for a, b in zip((x, gamma, dout), before, strict=True))
    expect_true(same, "layer_norm_backward changed x, gamma or dout in place; compute in new "
                "arrays", x=before[0], gamma=before[1], dout=before[2], eps=1e-5)


@st.composite
def cases(draw):
    d = draw(st.integers(2, 5))
    lead = draw(st.lists(st.integers(1, 4), min_size=1, max_size=2))
    values = st.floats(-10, 10, allow_subnormal=False)
    x = draw(arrays(np.float64, (*lead, d), elements=values))
    gamma = draw(arrays(np.float64, d, elements=st.floats(-3, 3, allow_subnormal=False)))
    dout = draw(arrays(np.float64, (*lead, d), elements=values))
    return x, gamma, dout, draw(st.sampled_from([1e-5, 1e-3, 0.1]))


@settings(max_examples=15)
@given(case=cases())
def test_matches_the_project_layer(sol, case):
    check(sol, *case)


def test_a_realistic_batch(sol):
    # A transformer's activations: a backward pass is a few passes over x, while differentiating
    # the forward numerically costs one forward pass per entry (65536 of them here).
    rng = np.random.default_rng(108)
    x = rng.normal(0.5, 2.0, size=(16, 32, 128))
    gamma, dout = rng.normal(size=128), rng.normal(size=x.shape)
    check(sol, x, gamma, dout, 1e-5, shown=dict(x="(16, 32, 128), normal (seed 108)",
                                                gamma="(128,)", dout="normal, like x", eps=1e-5))
