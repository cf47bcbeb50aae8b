"""Tests for attention-backward: numerical gradients and the project's backward pass."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.text.layers import causal_attention, causal_attention_backward
from practice.arrays import expect_gradient, numerical_gradient
from practice.checking import Mismatch, expect_true

CAUSES = {
    "q": ("the softmax backward without the row sum (p * dp alone)", "the 1 / sqrt(dh) "
          "forgotten on the way back", "dS K with dS transposed"),
    "k": ("dS Q instead of dS^T Q (transpose dS's last two axes)", "the 1 / sqrt(dh) forgotten "
          "on the way back", "the softmax backward without the row sum"),
    "v": ("dY P instead of P^T dY", "the weights P recomputed without the mask or the scale"),
}


def oracle(q, k, v, dy):
    p = causal_attention(q, k, v)[1]
    return causal_attention_backward(q, k, v, p, dy)


def _variant(q, k, v, dy, axis=-1, scaled=True, transpose=True):
    """The backward pass with one thing changed (the row sum, the scale, dk's transpose)."""
    p = causal_attention(q, k, v)[1]
    dp = dy @ v.swapaxes(-1, -2)
    ds = p * (dp - ((dp * p).sum(axis=axis, keepdims=True) if axis else 0.0))
    if scaled:
        ds = ds / np.sqrt(q.shape[-1])
    return ds @ k, (ds.swapaxes(-1, -2) if transpose else ds) @ q


def _close(got, other):
    return (isinstance(got, np.ndarray) and got.shape == other.shape
            and bool(np.allclose(got, other, rtol=1e-6, atol=1e-9)))


def diagnose(dq, dk, q, k, v, dy, shown):
    """Name the classic slip when dq or dk matches it."""
    want = oracle(q, k, v, dy)
    if _close(dq, want[0]) and _close(dk, want[1]):
        return
    slips = (
        (dict(axis=None), "your softmax backward is taken entry by entry (p * dp): each weight "
         "of a row depends on every score of that row, so subtract the row's sum, "
         "dS = P * (dP - sum(dP * P, axis=-1))"),
        (dict(axis=-2), "your softmax backward sums down the columns (axis=-2): the softmax "
         "was taken along each row, over the keys, so the sum runs along axis=-1"),
        (dict(scaled=False), "your dq and dk miss the 1 / sqrt(dh): the scores were "
         "Q K^T / sqrt(dh), so the chain rule brings that factor back on the way down"),
    )
    for change, message in slips:
        alt = _variant(q, k, v, dy, **change)  # both wrong the same way: that slip
        expect_true(not (_close(dq, alt[0]) and _close(dk, alt[1])), message, **shown)
    expect_true(not _close(dk, _variant(q, k, v, dy, transpose=False)[1]), "your dk is dS Q; "
                "it is dS^T Q: key s collects from every query t that looked at it, a column of "
                "dS (swap dS's last two axes)", **shown)


def unpack(got, shown):
    if not isinstance(got, tuple | list) or len(got) != 3:
        raise Mismatch("return the three gradients as a tuple (dq, dk, dv)", shown,
                       "(dq, dk, dv)", got)
    return got


def check(sol, q, k, v, dy, shown=None):
    q, k, v, dy = (np.asarray(a, dtype=np.float64) for a in (q, k, v, dy))
    shown = shown or dict(q=q, k=k, v=v, dy=dy)
    got = unpack(sol.causal_attention_backward(q.copy(), k.copy(), v.copy(), dy.copy()), shown)
    diagnose(got[0], got[1], q, k, v, dy, shown)
    for g, w, name in zip(got, oracle(q, k, v, dy), "qkv", strict=True):
        expect_gradient(g, w, name=f"d{name}", param=name, causes=CAUSES[name], **shown)


def test_worked_example(sol):
    check(sol, [[1.0], [2.0]], [[0.0], [1.0]], [[1.0], [3.0]], [[1.0], [1.0]])


def numerical_check(sol, shape, seed, scale=1.0):
    """Every gradient against central differences of L = sum(attention(q, k, v) * G)."""
    rng = np.random.default_rng(seed)
    q, k, v, G = (rng.normal(scale=scale, size=shape) for _ in range(4))
    shown = dict(q=f"{shape}, normal with scale {scale} (seed {seed})", k="the same",
                 v="the same", dy="G, normal", loss="sum(attention(q, k, v) * G)")
    got = unpack(sol.causal_attention_backward(q.copy(), k.copy(), v.copy(), G.copy()), shown)
    diagnose(got[0], got[1], q, k, v, G, shown)
    losses = {"q": lambda a: float(np.sum(causal_attention(a, k, v)[0] * G)),
              "k": lambda a: float(np.sum(causal_attention(q, a, v)[0] * G)),
              "v": lambda a: float(np.sum(causal_attention(q, k, a)[0] * G))}
    for g, (name, loss), x in zip(got, losses.items(), (q, k, v), strict=True):
        expect_gradient(g, numerical_gradient(loss, x), name=f"d{name}", param=name,
                        causes=CAUSES[name], **shown)


def test_numerical_gradient_one_window(sol):
    numerical_check(sol, (5, 3), seed=103)


def test_numerical_gradient_batch(sol):
    numerical_check(sol, (2, 4, 2), seed=104)


def test_numerical_gradient_heads(sol):
    numerical_check(sol, (2, 2, 3, 2), seed=105)


def test_wide_head(sol):
    rng = np.random.default_rng(106)
    q, k, v, dy = (rng.normal(size=(1, 6, 64)) for _ in range(4))
    check(sol, q, k, v, dy, shown=dict(q="(1, 6, 64) normal (seed 106)", k="the same",
                                       v="the same", dy="the same"))


def test_large_scores_and_one_position(sol):
    q = np.array([[20.0, -20.0], [30.0, 10.0], [-25.0, 25.0]])
    k = np.array([[25.0, 5.0], [-30.0, 30.0], [20.0, 20.0]])
    check(sol, q, k, np.array([[1.0, 2.0], [3.0, -1.0], [0.5, 0.5]]), np.ones((3, 2)))
    check(sol, [[[1.5, -2.0]]], [[[0.5, 3.0]]], [[[7.0, 8.0]]], [[[1.0, -1.0]]])


def test_inputs_unchanged(sol):
    rng = np.random.default_rng(107)
    arrays_in = [rng.normal(size=(2, 3, 2)) for _ in range(4)]
    before = [a.copy() for a in arrays_in]
    sol.causal_attention_backward(*arrays_in)
    same = all(np.array_equal(a, b) for a, b in zip(arrays_in, before, strict=True))
    expect_true(same, "causal_attention_backward changed q, k, v or dy in place; compute new "
                "arrays", q=before[0], k=before[1], v=before[2], dy=before[3])


@st.composite
def cases(draw):
    T, dh = draw(st.integers(1, 5)), draw(st.integers(1, 4))
    lead = draw(st.lists(st.integers(1, 3), min_size=0, max_size=2))
    values = st.floats(-4, 4, allow_subnormal=False)
    return tuple(draw(arrays(np.float64, (*lead, T, dh), elements=values)) for _ in range(4))


@settings(max_examples=15)
@given(case=cases())
def test_matches_the_project(sol, case):
    check(sol, *case)


def test_a_realistic_head(sol):
    # One head of a small transformer: the backward pass is a few (T, T) products, while
    # differentiating the forward numerically costs one forward pass per entry of q, k and v.
    rng = np.random.default_rng(108)
    q, k, v, dy = (rng.normal(size=(128, 64)) for _ in range(4))
    check(sol, q, k, v, dy, shown=dict(q="(128, 64) normal (seed 108)", k="the same",
                                       v="the same", dy="the same"))
