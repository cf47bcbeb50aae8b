"""Tests for adam-step: the example, several arrays and steps against the project's Adam (with m
and v after every step), tiny gradients for eps, random cases, and the gradients left alone."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import array_shapes, arrays

from ml.nn.optim import Adam
from practice.arrays import expect_array
from practice.checking import expect_true

M_RULE = "(b1 * m + (1 - b1) * g, uncorrected)"
V_RULE = "(b2 * v + (1 - b2) * g**2, uncorrected)"
P_RULE = "(p - lr * m_hat / (sqrt(v_hat) + eps), m_hat = m / (1 - b1**t), v_hat = v / (1 - b2**t))"


def diagnose(p, before, g, m, v, t, hyper, name, /, **inputs):
    """Name the classic Adam mistakes (bias correction, eps, lost state) before the comparison."""
    lr, b1, b2, eps = hyper
    m_hat, v_hat = m / (1 - b1**t), v / (1 - b2**t)
    if np.allclose(p, before - lr * m_hat / (np.sqrt(v_hat) + eps), rtol=1e-6, atol=1e-12):
        return
    mistakes = (
        (before - lr * m / (np.sqrt(v) + eps), "without bias correction: divide m by "
         "(1 - b1**t) and v by (1 - b2**t) before stepping (at t = 1 that makes m_hat = g)"),
        (before - lr * m_hat / np.sqrt(v_hat + eps), "with eps inside the square root: the "
         "step divides by sqrt(v_hat) + eps"),
    )
    for wrong, message in mistakes:
        expect_true(not np.allclose(p, wrong, rtol=1e-6, atol=1e-12),
                    f"{name} moved as Adam {message}", t=t, lr=lr, **inputs)


def run_steps(sol, params, grad_steps, hyper, /, **inputs):
    """Steps t = 1, 2, ... from zero state; after each, compare m, v (kept here by hand) and the
    parameters (the project's Adam) entry by entry."""
    lr, b1, b2, eps = hyper
    mine, want_p = [p.copy() for p in params], [p.copy() for p in params]
    m, v = [np.zeros_like(p) for p in params], [np.zeros_like(p) for p in params]
    want_m, want_v = [np.zeros_like(p) for p in params], [np.zeros_like(p) for p in params]
    oracle = Adam(lr=lr, beta1=b1, beta2=b2, eps=eps)
    for t, grads in enumerate(grad_steps, start=1):
        before, saved = [p.copy() for p in mine], [g.copy() for g in grads]
        m_before, v_before = [a.copy() for a in m], [a.copy() for a in v]
        oracle.step(want_p, [g.copy() for g in grads])
        for k, g in enumerate(grads):
            want_m[k] = b1 * want_m[k] + (1 - b1) * g
            want_v[k] = b2 * want_v[k] + (1 - b2) * g * g
        result = sol.adam_step(mine, grads, m, v, t, lr, b1, b2, eps)
        expect_true(result is None, "adam_step should update in place and return None, got a "
                    f"{type(result).__name__}", t=t, **inputs)
        for k in range(len(params)):
            for name, got, old, want in ((f"m[{k}]", m[k], m_before[k], want_m[k]),
                                         (f"v[{k}]", v[k], v_before[k], want_v[k])):
                stuck = np.array_equal(got, old) and not np.array_equal(want, old)
                expect_true(not stuck,
                            f"{name} did not change at step t={t}: update it in the caller's "
                            "array (m *= b1; m += (1 - b1) * g); m = b1 * m + ... only rebinds a "
                            "local name, and every step then acts like the first", **inputs)
            expect_array(m[k], want_m[k], name=f"m[{k}] after step t={t} {M_RULE}", **inputs)
            expect_array(v[k], want_v[k], name=f"v[{k}] after step t={t} {V_RULE}", **inputs)
            diagnose(mine[k], before[k], grads[k], want_m[k], want_v[k], t, hyper,
                     f"params[{k}]", **inputs)
            expect_array(mine[k], want_p[k], name=f"params[{k}] after step t={t} {P_RULE}",
                         rtol=1e-6, atol=1e-12, t=t, lr=lr, b1=b1, b2=b2, eps=eps, **inputs)
            expect_array(grads[k], saved[k], name=f"grads[{k}] (adam_step must leave it unchanged)",
                         **inputs)


def test_example(sol):
    run_steps(sol, [np.array([1.0, 1.0])], [[np.array([3.0, -0.001])]], (0.1, 0.9, 0.999, 1e-8),
              p=[1.0, 1.0], g=[3.0, -0.001])


def test_several_arrays_several_steps(sol):
    rng = np.random.default_rng(0)
    shapes = [(4, 3), (3,), (3, 2), (2,)]
    params = [rng.standard_normal(s) for s in shapes]
    grad_steps = [[rng.standard_normal(s) * 10.0 ** rng.integers(-3, 3) for s in shapes]
                  for _ in range(5)]
    run_steps(sol, params, grad_steps, (1e-3, 0.9, 0.999, 1e-8), shapes=shapes, steps=5,
              seed=0)


def test_tiny_gradients(sol):
    rng = np.random.default_rng(1)
    params = [rng.standard_normal((3, 2))]
    grad_steps = [[rng.standard_normal((3, 2)) * 1e-6] for _ in range(3)]
    run_steps(sol, params, grad_steps, (0.01, 0.9, 0.999, 1e-8), shapes=[(3, 2)],
              gradients="about 1e-6", seed=1)


@st.composite
def runs(draw):
    values = st.floats(-10, 10, allow_nan=False, allow_infinity=False, allow_subnormal=False)
    shapes = draw(st.lists(array_shapes(min_dims=1, max_dims=2, max_side=4), min_size=1,
                           max_size=3))
    params = [draw(arrays(np.float64, s, elements=values)) for s in shapes]
    grad_steps = [[draw(arrays(np.float64, s, elements=values)) for s in shapes]
                  for _ in range(draw(st.integers(1, 4)))]
    hyper = (draw(st.floats(1e-4, 0.1)), draw(st.floats(0.0, 0.99)), draw(st.floats(0.9, 0.9999)),
             draw(st.sampled_from([1e-8, 1e-6, 1e-3])))
    return params, grad_steps, hyper


@settings(max_examples=15)
@given(case=runs())
def test_matches_project_adam(sol, case):
    params, grad_steps, hyper = case
    run_steps(sol, params, grad_steps, hyper, start=params, gradients=grad_steps,
              hyperparameters=hyper)
