"""What the attention layer promises besides its gradients: causality, rows that sum to one, the
sqrt(d) scale, heads that are independent."""

import math

import numpy as np
import pytest

from ml.gradcheck import numerical_gradient, relative_error
from ml.special import softmax
from ml.text.layers import (
    CausalSelfAttention,
    causal_attention,
    causal_attention_backward,
)


def reference_attention(layer, x):
    """A plain loop over batch, head and position: the definition, written as slowly as it reads."""
    B, T, d = x.shape
    h, dh = layer.h, d // layer.h
    W, b = layer.qkv.params["W"], layer.qkv.params["b"]
    out = np.zeros((B, T, d))
    for n in range(B):
        qkv = x[n] @ W + b
        for head in range(h):
            q = qkv[:, head * dh:(head + 1) * dh]
            k = qkv[:, d + head * dh: d + (head + 1) * dh]
            v = qkv[:, 2 * d + head * dh: 2 * d + (head + 1) * dh]
            for t in range(T):
                scores = np.array([q[t] @ k[s] / math.sqrt(dh) for s in range(t + 1)])
                out[n, t, head * dh:(head + 1) * dh] = softmax(scores) @ v[: t + 1]
    return out @ layer.proj.params["W"] + layer.proj.params["b"]


def test_matches_the_loop_definition():
    rng = np.random.default_rng(0)
    layer = CausalSelfAttention(12, 3, rng, np.float64, proj_std=0.3)
    layer.qkv.params["W"][...] = rng.standard_normal((12, 36))
    x = rng.standard_normal((2, 7, 12))
    assert np.allclose(layer.forward(x), reference_attention(layer, x), atol=1e-12)


def test_the_future_never_changes_the_past():
    rng = np.random.default_rng(1)
    layer = CausalSelfAttention(8, 2, rng, np.float64, proj_std=0.3)
    x = rng.standard_normal((1, 6, 8))
    for t in range(6):
        changed = x.copy()
        changed[:, t:] = rng.standard_normal(changed[:, t:].shape)
        assert np.array_equal(layer.forward(changed)[:, :t], layer.forward(x)[:, :t])


def test_attention_rows_sum_to_one_and_mask_is_exact():
    rng = np.random.default_rng(2)
    layer = CausalSelfAttention(8, 4, rng, np.float64)
    layer.forward(rng.standard_normal((3, 5, 8)))
    p = layer._cache[3]
    assert np.allclose(p.sum(axis=-1), 1.0)
    assert np.all(p[..., np.triu(np.ones((5, 5), bool), 1)] == 0)
    assert np.all(p[..., 0, 0] == 1.0)  # the first position can only look at itself


def test_scale_keeps_score_variance_near_one():
    """Unit-variance q and k of width dh: q.k has variance dh, q.k / sqrt(dh) variance 1."""
    rng = np.random.default_rng(3)
    for dh in (4, 64, 256):
        q, k = rng.standard_normal((20000, dh)), rng.standard_normal((20000, dh))
        scaled = (q * k).sum(axis=1) / math.sqrt(dh)
        assert abs(scaled.var() - 1.0) < 0.05



@pytest.mark.parametrize("shape", [(5, 3), (2, 3, 4, 2)])
def test_attention_core_functions_match_central_differences(shape):
    """causal_attention_backward (the exercises' oracle) against central differences, for any
    leading axes; causal_softmax leaves exact zeros in the future and rows that sum to 1."""
    rng = np.random.default_rng(4)
    q, k, v, G = (rng.standard_normal(shape) for _ in range(4))
    p = causal_attention(q, k, v)[1]
    got = causal_attention_backward(q, k, v, p, G)
    for g, x in zip(got, (q, k, v), strict=True):  # numerical_gradient perturbs x in place
        want = numerical_gradient(lambda: float(np.sum(causal_attention(q, k, v)[0] * G)), x)
        assert relative_error(g, want) < 1e-7
    T = shape[-2]
    assert np.all(p[..., np.triu(np.ones((T, T), bool), 1)] == 0)
    assert np.allclose(p.sum(axis=-1), 1.0)
