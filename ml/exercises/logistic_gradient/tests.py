"""Tests for logistic-gradient: the example, numerical gradient checks, the project's
log_loss_and_gradient as the oracle on random shapes, scores of +-1000, and means not sums."""

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.linear.logistic import log_loss_and_gradient
from practice.arrays import expect_gradient, expect_scalar, numerical_gradient
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


CAUSES = ("a missing 1/n (the loss is a mean, so its gradient is too)",
          "the sign: the gradient is prediction minus truth, p - y, not y - p",
          "X @ (p - y) where X.T @ (p - y) is meant")


def random_case(seed: int, n: int, d: int, scale: float = 1.0):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(n, d))
    y = rng.integers(0, 2, size=n)
    return scale * rng.normal(size=d), float(scale * rng.normal()), X, y


def check(sol, w, b, X, y, *, shown, copies=True):
    want_loss, want_dw, want_db = log_loss_and_gradient(w, b, X, y)
    if copies:
        w, X, y = w.copy(), X.copy(), y.copy()
    loss, dw, db = sol.logistic_loss_and_gradient(w, b, X, y)
    with advice("the loss is the MEAN of log(1 + e^z) - y z over the examples, z = X @ w + b, "
                "computed from the scores (np.logaddexp(0, z)): log(p) of a p that has "
                "rounded towards 1 loses digits already at z = 30"):
        expect_scalar(loss, want_loss, name="loss", rtol=1e-8, atol=1e-10, **shown)
    expect_gradient(dw, want_dw, name="dw", param="w", causes=CAUSES, **shown)
    with advice("db is the mean of p - y; " + "; ".join(CAUSES[:2])):
        expect_scalar(db, float(want_db), name="db", rtol=1e-6, atol=1e-9, **shown)


def test_example(sol):
    w, b, X, y = np.zeros(1), 0.0, np.array([[1.0], [-1.0]]), np.array([1, 0])
    check(sol, w, b, X, y, shown={"w": w, "b": b, "X": X, "y": y})


def test_extreme_scores(sol):
    X = np.array([[1.0], [-1.0]])
    w = np.array([1000.0])
    for y, why in ((np.array([0, 1]), "both confidently wrong: each costs 1000"),
                   (np.array([1, 0]), "both confidently right: the loss is 0"),
                   (np.array([1, 1]), "one right, one wrong: mean 500")):
        shown = {"w": w, "b": 0.0, "X": X, "y": y, "scores": "z = [1000, -1000]"}
        loss, dw, db = sol.logistic_loss_and_gradient(w.copy(), 0.0, X.copy(), y.copy())
        want_loss, want_dw, want_db = log_loss_and_gradient(w, 0.0, X, y)
        with advice(f"{why}; compute it from the scores, log(1 + e^z) - y z with "
                    "np.logaddexp(0, z), never as log(p) of a p that rounded to 0 or 1"):
            expect_scalar(loss, want_loss, name="loss", rtol=1e-9, **shown)
        expect_gradient(dw, want_dw, name="dw", param="w", causes=CAUSES, **shown)
        expect_scalar(db, float(want_db), name="db", rtol=1e-9, atol=1e-12, **shown)


def loss_wrt_w(w, b, X, y) -> float:
    return log_loss_and_gradient(w, b, X, y)[0]


def loss_wrt_b(b, w, X, y) -> float:
    return log_loss_and_gradient(w, b[0], X, y)[0]  # b as a 1-array, for numerical_gradient


def test_numerical_gradient(sol):
    for seed, n, d in ((0, 5, 3), (1, 1, 2), (2, 12, 1)):
        w, b, X, y = random_case(seed, n, d)
        shown = {"w": w.round(4), "b": round(b, 4), "X": f"{n} x {d} (seed {seed})", "y": y}
        _, dw, db = sol.logistic_loss_and_gradient(w.copy(), b, X.copy(), y.copy())
        want_dw = numerical_gradient(partial(loss_wrt_w, b=b, X=X, y=y), w)
        want_db = numerical_gradient(partial(loss_wrt_b, w=w, X=X, y=y), np.array([b]))
        expect_gradient(dw, want_dw, name="dw", param="w", causes=CAUSES, **shown)
        expect_gradient(np.array([db], dtype=np.float64), want_db, name="db (as a 1-array)",
                        param="b", causes=CAUSES, **shown)


@settings(max_examples=15)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(1, 10), d=st.integers(1, 4),
       scale=st.sampled_from([0.1, 1.0, 10.0]))
def test_matches_the_project(sol, seed, n, d, scale):
    w, b, X, y = random_case(seed, n, d, scale)
    check(sol, w, b, X, y, shown={"w": w.round(4), "b": round(b, 4), "X": X.round(4), "y": y})


def test_means_not_sums(sol):
    w, b, X, y = random_case(3, 4, 2)
    want = sol.logistic_loss_and_gradient(w.copy(), b, X.copy(), y.copy())
    big_X, big_y = np.tile(X, (10, 1)), np.tile(y, 10)
    loss, dw, db = sol.logistic_loss_and_gradient(w.copy(), b, big_X, big_y)
    shown = {"X": "the same 4 rows repeated 10 times (seed 3)"}
    expect_scalar(loss, want[0], name="loss on the repeated data", rtol=1e-9, **shown)
    expect_gradient(dw, np.asarray(want[1]), name="dw on the repeated data", param="w",
                    causes=("a missing 1/n: repeating every row leaves the mean loss and its "
                            "gradient unchanged, but multiplies a sum by 10",), **shown)
    expect_scalar(db, want[2], name="db on the repeated data", rtol=1e-9, atol=1e-12, **shown)


def test_many_features(sol):
    # Far more features than examples (gene expression, say): the gradient is two passes over
    # X, while differentiating the loss numerically costs a pass over X per feature, 20000
    # here, at each of three points. The same X each time: it crosses to your code once.
    rng = np.random.default_rng(4)
    X, y = rng.normal(size=(20, 20000)), rng.integers(0, 2, size=20)
    for scale in (0.003, 0.01, 0.03):
        w, b = scale * rng.normal(size=20000), float(scale * rng.normal())
        check(sol, w, b, X, y, copies=False, shown={
            "w": f"20000 weights, normal * {scale} (seed 4)", "b": round(b, 4),
            "X": "20 x 20000, normal (seed 4)", "y": "20 labels 0/1"})
