"""Tests for momentum-step: the example over two calls, several arrays and steps against the
project's Momentum, beta = 0 as plain gradient descent, and the gradients left alone."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import array_shapes, arrays

from ml.nn.optim import Momentum
from practice.arrays import expect_array
from practice.checking import expect_true

V_RULE = "(beta * v + g, in the caller's array)"
P_RULE = "(p - lr * v, with the new v)"


def diagnose(v, old, g, beta, name, /, **inputs):
    """Name the classic velocity mistakes before the general comparison."""
    want = beta * old + g
    if np.allclose(v, want):
        return
    mistakes = (
        (old, f"{name} did not change: update it in the caller's array (v *= beta; v += g); "
              "v = beta * v + g only rebinds a local name, and the momentum is lost"),
        (beta * old - g, f"{name} collects minus the gradients (beta * v - g): the velocity is "
                         "beta * v + g, and the step subtracts lr * v"),
        (beta * old + (1 - beta) * g, f"{name} is beta * v + (1 - beta) * g, an average of the "
                                      "gradients: this exercise uses their sum, beta * v + g"),
    )
    for wrong, message in mistakes:
        expect_true(not np.allclose(v, wrong), message, beta=beta, **inputs)


def run_steps(sol, params, grad_steps, lr, beta, /, **inputs):
    """Several steps from zero velocity; after each, compare velocities and parameters with a
    hand-kept velocity and with the project's Momentum."""
    mine = [p.copy() for p in params]
    velocities = [np.zeros_like(p) for p in params]
    want_v = [np.zeros_like(p) for p in params]
    want_p = [p.copy() for p in params]
    oracle = Momentum(lr=lr, beta=beta)
    for step, grads in enumerate(grad_steps, start=1):
        before = [g.copy() for g in grads]
        oracle.step(want_p, [g.copy() for g in grads])
        for v, g in zip(want_v, grads, strict=True):
            v[...] = beta * v + g
        old = [v.copy() for v in velocities]
        result = sol.momentum_step(mine, grads, velocities, lr, beta)
        expect_true(result is None, "momentum_step should update in place and return None, got "
                    f"a {type(result).__name__}", step=step, **inputs)
        for k in range(len(params)):
            diagnose(velocities[k], old[k], grads[k], beta, f"velocities[{k}]", step=step,
                     **inputs)
            expect_array(velocities[k], want_v[k],
                         name=f"velocities[{k}] after step {step} {V_RULE}", lr=lr, beta=beta,
                         **inputs)
            expect_array(mine[k], want_p[k], name=f"params[{k}] after step {step} {P_RULE}",
                         lr=lr, beta=beta, **inputs)
            expect_array(grads[k], before[k],
                         name=f"grads[{k}] (momentum_step must leave it unchanged)", **inputs)


def test_example_two_calls(sol):
    p, v = np.array([0.0]), np.array([0.0])
    for step, (want_v, want_p) in enumerate(((1.0, -1.0), (1.5, -2.5)), start=1):
        old = v.copy()
        sol.momentum_step([p], [np.array([1.0])], [v], 1.0, 0.5)
        inputs = {"p": "[0.0] at the start", "g": [1.0], "lr": 1.0, "step": step}
        diagnose(v, old, np.array([1.0]), 0.5, f"v after step {step}", **inputs)
        inputs["beta"] = 0.5
        expect_array(v, np.array([want_v]), name=f"v after step {step} {V_RULE}", **inputs)
        expect_array(p, np.array([want_p]), name=f"p after step {step} {P_RULE}", **inputs)


def test_several_arrays_several_steps(sol):
    rng = np.random.default_rng(0)
    shapes = [(4, 3), (3,), (3, 2), (2,)]
    params = [rng.standard_normal(s) for s in shapes]
    grad_steps = [[rng.standard_normal(s) for s in shapes] for _ in range(4)]
    run_steps(sol, params, grad_steps, 0.1, 0.9, shapes=shapes, steps=4, seed=0)


def test_beta_zero_is_gradient_descent(sol):
    rng = np.random.default_rng(1)
    params = [rng.standard_normal((3, 3))]
    grad_steps = [[rng.standard_normal((3, 3))] for _ in range(2)]
    run_steps(sol, params, grad_steps, 0.5, 0.0, shapes=[(3, 3)], steps=2, seed=1)


@st.composite
def runs(draw):
    values = st.floats(-10, 10, allow_nan=False, allow_infinity=False, allow_subnormal=False)
    shapes = draw(st.lists(array_shapes(min_dims=1, max_dims=2, max_side=4), min_size=1,
                           max_size=3))
    params = [draw(arrays(np.float64, s, elements=values)) for s in shapes]
    grad_steps = [[draw(arrays(np.float64, s, elements=values)) for s in shapes]
                  for _ in range(draw(st.integers(1, 3)))]
    return params, grad_steps, draw(st.floats(1e-3, 1.0)), draw(st.floats(0.0, 0.99))


@settings(max_examples=15)
@given(case=runs())
def test_matches_project_momentum(sol, case):
    params, grad_steps, lr, beta = case
    run_steps(sol, params, grad_steps, lr, beta, start=params, gradients=grad_steps)
