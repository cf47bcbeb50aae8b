"""Tests for attention-forward: the project's causal_attention, causality, the sqrt(dh) scale."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.text.layers import causal_attention
from practice.arrays import expect_array
from practice.checking import Mismatch, expect_true

ADVICE = ("Usual causes: the sqrt(dh) missing or dh used instead; the mask off by one; the "
          "softmax over the wrong axis; k.T instead of k.swapaxes(-1, -2) on a batch")


def oracle(q, k, v):
    return causal_attention(q, k, v)[0]


def _variant(q, k, v, scale, mask_k=1, axis=-1):
    """Attention with one thing changed: the scale, the mask's diagonal or the softmax axis."""
    T = q.shape[-2]
    s = q @ k.swapaxes(-1, -2) * scale
    s[..., np.triu(np.ones((T, T), dtype=bool), k=mask_k)] = -np.inf
    with np.errstate(invalid="ignore"):
        e = np.exp(s - s.max(axis=axis, keepdims=True))
        return (e / e.sum(axis=axis, keepdims=True)) @ v


def _close(got, other):
    return got.shape == other.shape and bool(np.allclose(got, other, rtol=1e-6, atol=1e-9))


def diagnose(got, q, k, v, shown):
    """Name the classic slip when the answer matches it."""
    if not isinstance(got, np.ndarray) or got.shape != q.shape or _close(got, oracle(q, k, v)):
        return  # expect_array explains a wrong type or shape
    dh, T = q.shape[-1], q.shape[-2]
    expect_true(not _close(got, _variant(q, k, v, 1.0)), "your scores are not divided by "
                "sqrt(dh): q.k of dh unit-variance numbers has variance dh, so divide by "
                f"sqrt(dh) = {np.sqrt(dh):.4g} to bring it back to 1", **shown)
    expect_true(not _close(got, _variant(q, k, v, 1.0 / dh)), "your scores are divided by dh "
                f"= {dh}, not by sqrt(dh) = {np.sqrt(dh):.4g}: the standard deviation of q.k "
                "is sqrt(dh)", **shown)
    alone = T == 1 and bool(np.isnan(got).all()) and bool(np.all(np.abs(q * k).sum(-1) < 700))
    expect_true(not (alone or (T > 1 and _close(got[..., 1:, :], _variant(
        q, k, v, 1 / np.sqrt(dh), mask_k=0)[..., 1:, :]))), "your mask hides the diagonal too "
        "(off by one): query t may look at key t itself, so mask only s > t "
        "(np.triu(..., k=1)); with k=0, position 0 has nothing left and gets NaN", **shown)
    expect_true(not np.isnan(got).any(), "your output has NaN where the answer is finite: exp "
                "of a large score overflowed (inf / inf = NaN); subtract each row's maximum "
                "score before exp, it cancels in the ratio", **shown)
    expect_true(not _close(got, _variant(q, k, v, 1 / np.sqrt(dh), axis=-2)), "your softmax "
                "runs over the wrong axis: each query's weights (a row of the (T, T) scores, "
                "over the keys s) must sum to 1, so normalise along axis=-1", **shown)
    expect_true(not _close(got, _variant(q, k, v, 1 / np.sqrt(dh), mask_k=T + 1)), "your "
                "output uses later positions: no mask? Every key s > t must get -inf before "
                "the softmax", **shown)


def check(sol, q, k, v, shown=None):
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    shown = shown or dict(q=q, k=k, v=v)
    got = sol.causal_attention(q.copy(), k.copy(), v.copy())
    diagnose(got, q, k, v, shown)
    expect_array(got, oracle(q, k, v), name="your output Y", why=" (the shape of q)",
                 advice=ADVICE, **shown)


def test_worked_example(sol):
    check(sol, [[1, 0], [0, 2], [1, 1]], [[1, 0], [0, 1], [2, 2]], [[1, 2], [3, 4], [5, 6]])


def random_case(sol, shape, seed, scale=1.0):
    rng = np.random.default_rng(seed)
    q, k, v = (rng.normal(scale=scale, size=shape) for _ in range(3))
    check(sol, q, k, v, shown=dict(q=f"{shape}, normal with scale {scale} (seed {seed})",
                                   k="the same", v="the same"))


def test_one_window(sol):
    random_case(sol, (5, 3), seed=102)


def test_batch_and_heads(sol):
    random_case(sol, (2, 6, 4), seed=103)
    random_case(sol, (2, 3, 5, 2), seed=104)


def test_wide_head(sol):
    random_case(sol, (1, 8, 64), seed=105)


def test_one_position(sol):
    check(sol, [[[2.0, -1.0]]], [[[0.5, 3.0]]], [[[7.0, 8.0]]])


def test_extreme_scores_stay_finite(sol):
    q = np.array([[30.0, 0.0], [0.0, 30.0], [-30.0, 30.0]])
    k = np.array([[40.0, 10.0], [-40.0, 40.0], [40.0, -40.0]])
    check(sol, q, k, np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]))


def test_no_output_sees_the_future(sol):
    rng = np.random.default_rng(106)
    q, k, v = (rng.normal(size=(6, 3)) for _ in range(3))
    base = sol.causal_attention(q.copy(), k.copy(), v.copy())
    if not isinstance(base, np.ndarray) or base.shape != q.shape:
        raise Mismatch("causal_attention should return an array of q's shape (6, 3)",
                       dict(q="(6, 3) normal (seed 106)"), "(6, 3)", base)
    expect_true(bool(np.allclose(base[0], v[0])), "row 0 of your output is not v[0]: position "
                "0 can only look at itself, so its weight on key 0 is 1", q=q, k=k, v=v)
    for t in range(1, 6):
        changed = [a.copy() for a in (q, k, v)]
        for a in changed:
            a[t:] = rng.normal(size=a[t:].shape)
        got = sol.causal_attention(*changed)
        expect_true(isinstance(got, np.ndarray) and bool(np.allclose(got[:t], base[:t])),
                    f"changing positions {t} and later changed your output at positions before "
                    f"{t}: a query must see only keys s <= t", q=q, k=k, v=v, changed_from=t)


def test_inputs_unchanged(sol):
    rng = np.random.default_rng(107)
    q, k, v = (rng.normal(size=(2, 4, 3)) for _ in range(3))
    before = [a.copy() for a in (q, k, v)]
    sol.causal_attention(q, k, v)
    same = all(np.array_equal(a, b) for a, b in zip((q, k, v), before, strict=True))
    expect_true(same, "causal_attention changed q, k or v in place; compute new arrays",
                q=before[0], k=before[1], v=before[2])


@st.composite
def qkv(draw):
    T, dh = draw(st.integers(1, 5)), draw(st.integers(1, 4))
    lead = draw(st.lists(st.integers(1, 3), min_size=0, max_size=2))
    values = st.floats(-5, 5, allow_subnormal=False)
    return tuple(draw(arrays(np.float64, (*lead, T, dh), elements=values)) for _ in range(3))


@settings(max_examples=15)
@given(case=qkv())
def test_matches_the_project(sol, case):
    check(sol, *case)
