"""Tests for stable-softmax: the example, invariants (rows sum to 1, finite at +-1000, shift
invariance), the input left alone, and ml.special.softmax as the oracle."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.special import softmax as oracle
from practice.arrays import expect_array
from practice.checking import expect_true

OVERFLOW = ("exp overflows to inf past 709, and inf / inf is NaN: subtract each row's own "
            "maximum before exponentiating")


def diagnose(got, Z, shown):
    """Name the classic slips: NaN from overflow or a whole-array maximum, the wrong axis."""
    if not (isinstance(got, np.ndarray) and got.shape == Z.shape and got.dtype.kind == "f"):
        return  # expect_array explains the type and the shape
    if not np.all(np.isfinite(got)):
        underflow = np.max(np.abs(Z)) < 700  # nothing here can overflow: a row went to 0 / 0
        expect_true(False, "P has NaN or inf entries: " + (
            "a whole row underflowed to 0 / 0. Subtract each row's own maximum "
            "(Z.max(axis=1, keepdims=True)), not the maximum of the whole array" if underflow
            else "exp overflowed (exp(1000) is inf, and inf / inf is NaN), or a row far below "
            "the largest logit underflowed to 0 / 0. Subtract each row's own maximum, "
            "Z.max(axis=1, keepdims=True), before np.exp"), **shown)
    if Z.shape[0] > 1 and not np.allclose(got.sum(axis=1), 1.0):
        columns = np.allclose(got.sum(axis=0), 1.0)
        expect_true(False, "the rows of P must sum to 1; "
                    + ("your columns do: normalise along axis=1 (each example's row), not axis=0"
                       if columns else f"yours sum to {np.round(got.sum(axis=1), 4).tolist()}"),
                    **shown)


def check(sol, Z, why="", **shown):
    shown = shown or {"Z": Z}
    got = sol.softmax(Z.copy())
    diagnose(got, Z, shown)
    expect_array(got, oracle(Z), name="P", why=why, **shown)
    return got


def rows_sum_to_one(got, **shown):
    sums = got.sum(axis=1)
    expect_true(np.allclose(sums, 1.0, rtol=0, atol=1e-9),
                f"each row of P must sum to 1; your row sums are {np.round(sums, 6).tolist()} "
                "(divide each row by its own sum: axis=1, keepdims=True)", **shown)


def test_worked_example(sol):
    Z = np.array([[1.0, 2.0, 3.0], [1000.0, 1000.0, 1000.0], [1000.0, 0.0, -1000.0]])
    got = check(sol, Z, why=OVERFLOW)
    rows_sum_to_one(got, Z=Z)


def test_rows_sum_to_one(sol):
    Z = np.random.default_rng(3).normal(0.0, 3.0, (5, 7))
    got = sol.softmax(Z.copy())
    diagnose(got, Z, {"Z": "5 x 7, normal(0, 3) (seed 3)"})
    expect_array(got, oracle(Z), name="P", why="softmax works along each row (axis=1)",
                 Z="5 x 7, normal(0, 3) (seed 3)")
    rows_sum_to_one(got, Z="5 x 7, normal(0, 3) (seed 3)")


def test_one_row_and_one_column(sol):
    check(sol, np.array([[0.5, -1.0, 2.0, 0.0]]))
    check(sol, np.array([[3.0], [-700.0], [1000.0]]),
          why="a row of one logit has probability 1; " + OVERFLOW)


def test_finite_at_plus_minus_1000(sol):
    Z = np.array([[1000.0, 0.0], [0.0, 1000.0], [-1000.0, 0.0], [-1000.0, -1000.0],
                  [1000.0, 999.0]])
    got = check(sol, Z, why=OVERFLOW)
    expect_true(bool(np.all(np.isfinite(got))), "P has NaN or inf entries: " + OVERFLOW, Z=Z)


def test_rows_far_apart(sol):
    # One row near +1000 and one near -1000: the maximum must be taken per row.
    Z = np.array([[1000.0, 998.0, 999.0], [-1000.0, -1001.0, -999.0]])
    check(sol, Z, why="subtract each row's own maximum (Z.max(axis=1, keepdims=True)), not the "
          "maximum of the whole array: a row far below it underflows to 0 / 0")


def test_shift_invariance(sol):
    Z = np.array([[0.5, -0.25, 2.0], [1.0, 1.0, -3.0]])
    shifted = Z + np.array([[500.0], [-800.0]])  # a different constant for each row
    base = sol.softmax(Z.copy())
    expect_array(sol.softmax(shifted.copy()), oracle(Z), name="softmax(Z + c)",
                 why="adding a constant to a whole row does not change its probabilities; "
                 + OVERFLOW, Z=shifted)
    expect_array(base, oracle(Z), name="softmax(Z)", Z=Z)


def test_Z_is_left_unchanged(sol):
    Z = np.array([[1.0, 2.0, 3.0], [4.0, 0.0, -4.0]])
    kept = Z.copy()
    sol.softmax(Z)
    expect_true(np.array_equal(Z, kept), "softmax changed its input Z in place (Z -= ..., "
                "out=Z, or /=); the caller still needs its logits, so compute into a new array",
                Z=kept)


logit = st.floats(-1000, 1000, allow_nan=False, width=64)


@settings(max_examples=15)
@given(Z=arrays(np.float64, st.tuples(st.integers(1, 6), st.integers(1, 6)), elements=logit))
def test_matches_the_project_softmax(sol, Z):
    got = check(sol, Z, why=OVERFLOW)
    rows_sum_to_one(got, Z=Z)
