"""Tests for least-squares-gradient-descent: the example, a numerical gradient check read off the
learner's first steps, the project's LinearRegression(solver="gd") as the oracle, independence
from the data size, and convergence to the closed form."""

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.linear import LinearRegression
from practice.arrays import expect_array, expect_gradient, expect_scalar, numerical_gradient
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


CAUSES = ("a missing 1/n (the gradient of the mean, not of the sum)",
          "the intercept not updated, or updated from residuals computed after w moved",
          "a sign flipped: step against the gradient, w - lr * grad")


def scaled_data(seed: int, n: int, d: int) -> tuple[np.ndarray, np.ndarray]:
    """Columns of variance 1 and means in [-0.5, 0.5], and a noisy linear y.

    The loss's curvature is then at most d + 1 + d / 4 <= 6, so steps up to 0.3 are safe; the
    means are not zero so that the intercept's gradient depends on w.
    """
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    X = (X - X.mean(axis=0)) / X.std(axis=0) + rng.uniform(-0.5, 0.5, size=d)
    y = X @ rng.normal(size=d) + 2.0 + 0.3 * rng.normal(size=n)
    return X, y


def check(sol, X, y, lr, steps, w_want, b_want, *, shown, why=""):
    w, b = sol.gd_least_squares(X.copy(), y.copy(), lr, steps)
    with advice(why or "w and b after exactly `steps` steps from zero, each step against the "
                "gradient of the MEAN loss: w - lr * X.T @ r / n and b - lr * mean(r), both "
                "from the same residuals r = X @ w + b - y"):
        expect_array(w, w_want, name="w", why=" (one weight per column of X)", **shown)
        expect_scalar(b, b_want, name="b", rtol=1e-6, atol=1e-9, **shown)


def test_example(sol):
    X, y = np.array([[0.0], [2.0]]), np.array([1.0, 3.0])
    check(sol, X, y, 0.5, 1, np.array([1.5]), 1.0,
          shown={"X": X, "y": y, "lr": 0.5, "steps": 1},
          why="one step from w = 0, b = 0: w - lr * X.T @ r / n with n = 2 rows "
              "(the gradient of the mean loss) and b - lr * mean(r), both from the residuals "
              "r = X @ w + b - y of the w and b before the step")


def test_zero_steps(sol):
    X, y = scaled_data(0, 5, 2)
    check(sol, X, y, 0.1, 0, np.zeros(2), 0.0, shown={"X": "5 x 2 (seed 0)", "lr": 0.1, "steps": 0},
          why="no step taken: the start, w = 0 and b = 0")


def loss(theta: np.ndarray, X: np.ndarray, y: np.ndarray) -> float:
    r = X @ theta[:-1] + theta[-1] - y
    return float(r @ r) / (2 * len(y))


def test_gradient_check(sol):
    X, y = scaled_data(1, 8, 3)
    lr = 0.1
    w1, b1 = sol.gd_least_squares(X.copy(), y.copy(), lr, 1)
    w2, b2 = sol.gd_least_squares(X.copy(), y.copy(), lr, 2)
    shown = {"X": "8 x 3, unit-variance columns (seed 1)", "lr": lr}
    # the change one step makes, divided by lr, is the gradient that step used
    for step, (w, b, w_next, b_next) in enumerate([(np.zeros(3), 0.0, w1, b1),
                                                   (w1, b1, w2, b2)], start=1):
        want = numerical_gradient(lambda t: loss(t, X, y), np.append(w, b))
        expect_gradient((w - w_next) / lr, want[:-1], name=f"(w - new w) / lr in step {step}",
                        param="w", causes=CAUSES, **shown)
        expect_scalar((b - b_next) / lr, want[-1], name=f"(b - new b) / lr in step {step}",
                      rtol=1e-5, atol=1e-7, **shown)


@settings(max_examples=15)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 12), d=st.integers(1, 4),
       lr=st.sampled_from([0.05, 0.1, 0.2]), steps=st.integers(1, 30))
def test_matches_linear_regression(sol, seed, n, d, lr, steps):
    X, y = scaled_data(seed, n, d)
    model = LinearRegression(solver="gd", learning_rate=lr, max_iter=steps, tol=0).fit(X, y)
    check(sol, X, y, lr, steps, model.coef_, model.intercept_,
          shown={"X": X.round(4), "y": y.round(4), "lr": lr, "steps": steps})


def test_same_steps_for_repeated_data(sol):
    X, y = scaled_data(2, 6, 2)
    want_w, want_b = sol.gd_least_squares(X.copy(), y.copy(), 0.1, 20)
    big_X, big_y = np.tile(X, (10, 1)), np.tile(y, 10)
    check(sol, big_X, big_y, 0.1, 20, np.asarray(want_w), float(want_b),
          shown={"X": "the same 6 rows repeated 10 times", "lr": 0.1, "steps": 20},
          why="repeating every row 10 times leaves the mean loss, its gradient and so every "
              "step unchanged; a step that grows with n means a missing 1/n")


def test_converges_to_least_squares(sol):
    X, y = scaled_data(3, 50, 3)
    A = np.column_stack([X, np.ones(len(X))])
    theta, *_ = np.linalg.lstsq(A, y, rcond=None)
    check(sol, X, y, 0.1, 600, theta[:-1], float(theta[-1]),
          shown={"X": "50 x 3, unit-variance columns (seed 3)", "lr": 0.1, "steps": 600},
          why="600 steps of 0.1 on well-scaled data reach the least-squares answer")


def test_many_features(sol):
    # Far more features than rows: a step is two passes over X, while a gradient found
    # numerically costs a pass over X per weight, 3000 of them in each of the 200 steps.
    rng = np.random.default_rng(4)
    X, y = rng.normal(size=(50, 3000)), rng.normal(size=50)
    model = LinearRegression(solver="gd", learning_rate=0.001, max_iter=200, tol=0).fit(X, y)
    check(sol, X, y, 0.001, 200, model.coef_, model.intercept_,
          shown={"X": "50 x 3000, normal (seed 4)", "y": "50 values, normal", "lr": 0.001,
                 "steps": 200})
