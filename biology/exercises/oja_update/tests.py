"""Tests for oja-update: the worked example, biology.oja_rule.oja_step on random inputs, and
Oja's result: trained on zero-mean data, w turns to the top principal component with |w| = 1."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from biology.oja_rule import alignment, correlated_gaussian, oja_step, top_eigenvector
from practice.arrays import expect_array
from practice.checking import Mismatch, expect_true


def expect_array_or_explain(got, want, advice, /, **kwargs):
    """expect_array, with ``advice`` (the usual cause) added to a wrong-values message."""
    try:
        expect_array(got, want, **kwargs)
    except Mismatch as miss:
        raise Mismatch(f"{miss.message}. {advice}", miss.inputs, miss.expected,
                       miss.actual) from None


def check(sol, w, x, eta):
    got = sol.oja_update(w.copy(), x.copy(), eta)
    expect_array_or_explain(got, oja_step(w, x, eta), "The new w is w + eta * y * (x - y * w) "
                            "with y = w . x: Hebb's term eta*y*x minus the decay eta*y^2*w",
                            name="new w", why=" (one weight per input)", w=w, x=x, eta=eta)


def test_worked_example(sol):
    check(sol, np.array([1.0, 0.0]), np.array([2.0, 1.0]), 0.5)


def test_decay_term(sol):
    # x = 2 w with |w| = 1, so y = 2: Hebb adds eta * y * x = 0.4 w, the decay
    # eta * y^2 * w = 0.4 w takes it away again.
    w, x, eta = np.array([0.6, 0.8]), np.array([1.2, 1.6]), 0.1
    got = sol.oja_update(w.copy(), x.copy(), eta)
    expect_array_or_explain(got, w, "A unit w with x along it is a fixed point: the Hebbian "
                            "term eta*y*x is cancelled by the decay eta*y^2*w",
                            name="new w", w=w, x=x, eta=eta)


pairs = st.integers(1, 6).flatmap(lambda d: st.tuples(
    arrays(np.float64, d, elements=st.floats(-2, 2)),
    arrays(np.float64, d, elements=st.floats(-3, 3))))


@settings(max_examples=15)
@given(pair=pairs, eta=st.floats(1e-3, 0.2))
def test_matches_oja_step(sol, pair, eta):
    w, x = pair
    check(sol, w, x, eta)


def train(sol, x, w, eta):
    for sample in x:
        w = sol.oja_update(w, sample, eta)
    return w


def test_finds_the_first_principal_component(sol):
    cov = np.array([[3.0, 1.2], [1.2, 1.0]])
    x = correlated_gaussian(800, cov, seed=0)
    w = train(sol, x, np.array([0.0, 3.0]), eta=0.01)
    expect_true(bool(np.all(np.isfinite(w))), "w left the float range: the decay term "
                "- eta * y^2 * w is missing or wrong", cov=cov.tolist(), samples=800, eta=0.01)
    norm, cos = float(np.linalg.norm(w)), alignment(w, top_eigenvector(cov))
    expect_true(abs(norm - 1.0) < 0.05, f"after 800 samples |w| should be 1 +- 0.05 (Oja 1982);"
                f" yours is {norm:.4g}", cov=cov.tolist(), start=[0.0, 3.0], eta=0.01)
    expect_true(cos > 0.99, f"w should point along the top eigenvector of the covariance, "
                f"|cos| > 0.99; yours is {cos:.4f}", cov=cov.tolist(), eta=0.01)


def test_four_dimensions(sol):
    rng = np.random.default_rng(3)
    basis, _ = np.linalg.qr(rng.standard_normal((4, 4)))
    cov = basis @ np.diag([4.0, 1.0, 0.5, 0.25]) @ basis.T
    x = correlated_gaussian(600, cov, seed=1)
    start = rng.standard_normal(4) * 0.2
    w = train(sol, x, start, eta=0.01)
    norm, cos = float(np.linalg.norm(w)), alignment(w, top_eigenvector(cov))
    expect_true(bool(np.isfinite(norm)) and abs(norm - 1.0) < 0.05 and cos > 0.98,
                f"in 4-D, after 600 samples, w should be the unit top eigenvector: "
                f"|w| = {norm:.4g} (want 1 +- 0.05), |cos| = {cos:.4f} (want > 0.98)",
                eigenvalues=[4.0, 1.0, 0.5, 0.25], eta=0.01)
