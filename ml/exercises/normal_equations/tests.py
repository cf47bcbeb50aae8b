"""Tests for normal-equations: the example, the project's LinearRegression as the oracle on random
shapes, data far from the origin, nearly and exactly collinear columns."""

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.linear import LinearRegression
from practice.arrays import expect_array, expect_scalar
from practice.checking import Mismatch


@contextmanager
def advice(text: str) -> Iterator[None]:
    """Append ``text`` to a failed check's message: the shared checks explain a wrong shape,
    this says what a wrong value usually means here."""
    try:
        yield
    except Mismatch as error:
        stop = "" if error.message.endswith((".", "?")) else "."
        raise Mismatch(f"{error.message}{stop} {text[0].upper()}{text[1:]}", error.inputs,
                       error.expected, error.actual) from None


CAUSES = ("the fit needs its intercept: centre X and y, find w on the centred data, then "
          "b = mean(y) - mean(X) @ w (without b the line is forced through the origin)")


def check(sol, X, y, w_want, b_want, *, shown, why="", rtol=1e-6, atol=1e-9):
    """Call least_squares on copies and compare; ``shown`` is the case as the learner sees it."""
    w, b = sol.least_squares(X.copy(), y.copy())
    with advice(why or CAUSES):
        expect_array(w, w_want, name="w", rtol=rtol, atol=atol,
                     why=" (one weight per column of X)", **shown)
        expect_scalar(b, b_want, name="b", rtol=rtol, atol=max(atol, 1e-9), **shown)


def test_example(sol):
    X = np.array([[0.0], [1.0], [2.0], [3.0]])
    y = np.array([1.0, 3.0, 5.0, 7.0])
    check(sol, X, y, np.array([2.0]), 1.0, shown={"X": X, "y": y})


def test_intercept_matters(sol):
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 0.5], [0.5, 2.0]])
    y = X @ np.array([0.5, -1.5]) + 10.0
    check(sol, X, y, np.array([0.5, -1.5]), 10.0, shown={"X": X, "y": y},
          why="the targets lie 10 above a plane through the origin: " + CAUSES)


@settings(max_examples=15)
@given(seed=st.integers(0, 2**32 - 1), d=st.integers(1, 4), extra=st.integers(2, 10),
       offset=st.sampled_from([0.0, 5.0, -100.0]))
def test_matches_linear_regression(sol, seed, d, extra, offset):
    rng = np.random.default_rng(seed)
    n = d + extra
    X = rng.normal(size=(n, d)) + offset
    y = rng.normal(size=n) * 3 + X @ rng.normal(size=d)
    model = LinearRegression().fit(X, y)
    check(sol, X, y, model.coef_, model.intercept_, shown={"X": X.round(4), "y": y.round(4)})


def test_far_from_the_origin(sol):
    rng = np.random.default_rng(1)
    X = 1e6 + rng.normal(size=(30, 2))
    w_true = np.array([2.0, -1.0])
    y = X @ w_true + 5.0
    check(sol, X, y, w_true, 5.0, atol=1e-6,
          shown={"X": "30 rows, every feature 1e6 + N(0, 1)", "y": "X @ [2, -1] + 5"},
          why="far from the origin a column of ones is nearly parallel to every feature: "
              "A^T A has entries near 1e12 and inverting it loses the digits. Centre first "
              "(the offset goes), then solve from Xc itself with np.linalg.lstsq")


def test_nearly_collinear(sol):
    rng = np.random.default_rng(2)
    x1 = rng.normal(size=40)
    X = np.column_stack([x1, x1 + 1e-7 * rng.normal(size=40)])
    w_true = np.array([1.0, 2.0])
    y = X @ w_true + 3.0
    check(sol, X, y, w_true, 3.0, rtol=1e-5, atol=1e-6,
          shown={"X": "40 rows, second column = first + 1e-7 * noise", "y": "X @ [1, 2] + 3"},
          why="forming Xc^T Xc squares the condition number (1e7 becomes 1e14) and loses "
              "about 14 of the 16 digits; solve from Xc itself (np.linalg.lstsq)")


def test_collinear_minimum_norm(sol):
    x = np.array([0.0, 1.0, 2.0, 3.0])
    X = np.column_stack([x, x])
    y = 2 * x + 1
    check(sol, X, y, np.array([1.0, 1.0]), 1.0, atol=1e-9, shown={"X": X, "y": y},
          why="a repeated column: Xc^T Xc has no inverse and many w fit equally well; "
              "np.linalg.lstsq returns the one of smallest norm")


def test_inputs_unchanged(sol):
    rng = np.random.default_rng(3)
    X, y = rng.normal(size=(6, 2)), rng.normal(size=6)
    X_seen, y_seen = X.copy(), y.copy()
    sol.least_squares(X, y)
    with advice("least_squares must not change its inputs in place: centre a copy "
                "(Xc = X - X.mean(axis=0), not X -= ...)"):
        expect_array(X, X_seen, name="X after your call", rtol=0, atol=0)
        expect_array(y, y_seen, name="y after your call", rtol=0, atol=0)
