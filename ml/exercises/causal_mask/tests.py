"""Tests for causal-mask: the project's causal_softmax, exact zeros, rows of 1, extreme scores."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.text.layers import causal_softmax
from practice.arrays import expect_array
from practice.checking import Mismatch, expect_true


def oracle(scores):
    return causal_softmax(np.array(scores, dtype=np.float64))  # it masks a copy


def diagnose(got, scores, shown):
    """Name the classic slip (future seen, diagonal hidden, columns normalised, overflow)."""
    if not isinstance(got, np.ndarray) or got.shape != scores.shape or got.dtype.kind != "f":
        return  # expect_array explains a wrong type, shape or kind
    T = scores.shape[-1]
    upper = np.triu(np.ones((T, T), dtype=bool), k=1)
    diagonal = np.eye(T, dtype=bool)
    seen = got[..., upper]
    expect_true(not np.any(np.nan_to_num(seen) != 0), "position t gives weight to a later "
                "position s > t: the mask must hide every key after the query (the strict upper "
                "triangle, np.triu(..., k=1)), or the model reads the character it must predict",
                **shown)
    later_diagonal = got[..., diagonal][..., 1:]          # t >= 1: never NaN when masked
    only_row = T == 1 and bool(np.isnan(got).all())
    expect_true(not (only_row or (T > 1 and np.all(later_diagonal == 0))), "your mask "
                "hides the diagonal too (off by one): position t may look at itself, s <= t, so "
                "mask only s > t (np.triu(..., k=1)); with k=0, row 0 has nothing left and its "
                "softmax is 0/0 = NaN", **shown)
    finite = np.isfinite(scores).all() and np.isfinite(got).all()
    rows, cols = got.sum(axis=-1), got.sum(axis=-2)
    expect_true(not (finite and np.allclose(cols, 1.0) and not np.allclose(rows, 1.0)),
                "your weights sum to 1 down each column, not along each row: the softmax runs "
                "over the last axis (axis=-1), the keys s of one query t", **shown)
    expect_true(not (np.isnan(got).any() and not np.isnan(oracle(scores)).any()),
                "your weights contain NaN where the answer is finite: exp of a large score "
                "overflowed to inf (inf / inf = NaN). Subtract each row's maximum before exp; "
                "it cancels in the ratio", **shown)


def check(sol, scores, shown=None):
    scores = np.asarray(scores, dtype=np.float64)
    shown = shown or dict(scores=scores)
    got = sol.causal_softmax(scores.copy())
    diagnose(got, scores, shown)
    expect_array(got, oracle(scores), name="your weights", why=" (the shape of scores)",
                 **shown)


def test_worked_example(sol):
    check(sol, [[0.0, 5.0, 7.0], [0.0, 0.0, 9.0], [1.0, 2.0, 3.0]])


def test_one_position(sol):
    check(sol, [[3.5]])


def test_batches_and_heads(sol):
    rng = np.random.default_rng(101)
    for shape in ((6, 6), (2, 5, 5), (2, 3, 4, 4)):
        scores = rng.normal(scale=2.0, size=shape)
        check(sol, scores, shown=dict(scores=f"{shape}, normal with scale 2 (seed 101)"))


def test_extreme_scores_stay_finite(sol):
    scores = np.array([[1000.0, -1000.0, 1000.0], [1000.0, 999.0, -1000.0],
                       [-1000.0, 1000.0, 1000.0]])
    check(sol, scores)


def test_the_future_does_not_matter(sol):
    rng = np.random.default_rng(102)
    scores = rng.normal(size=(5, 5))
    other = scores + np.triu(rng.normal(scale=50.0, size=(5, 5)), k=1)
    a, b = sol.causal_softmax(scores.copy()), sol.causal_softmax(other.copy())
    shown = dict(scores="(5, 5) normal (seed 102), then its upper triangle changed")
    if not isinstance(a, np.ndarray) or not isinstance(b, np.ndarray):
        raise Mismatch("causal_softmax should return a numpy array", shown, "an array", a)
    expect_true(a.shape == b.shape and bool(np.allclose(a, b, equal_nan=True)), "changing the "
                "scores above the diagonal (the future) changed your weights: mask every s > t "
                "before the softmax", **shown)


def test_scores_unchanged(sol):
    scores = np.arange(16.0).reshape(4, 4)
    sol.causal_softmax(scores)
    expect_true(np.array_equal(scores, np.arange(16.0).reshape(4, 4)), "causal_softmax "
                "changed scores in place; mask a copy (np.where or scores.copy())",
                scores=np.arange(16.0).reshape(4, 4))


@st.composite
def score_arrays(draw):
    T = draw(st.integers(1, 6))
    lead = draw(st.lists(st.integers(1, 3), min_size=0, max_size=2))
    values = st.floats(-30, 30, allow_subnormal=False)
    return draw(arrays(np.float64, (*lead, T, T), elements=values))


@settings(max_examples=15)
@given(scores=score_arrays())
def test_matches_the_project(sol, scores):
    check(sol, scores)
