"""Tests for sgd-step: the example, several arrays, float32, the project's SGD as the oracle on
random shapes and values, and the gradients left alone."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import array_shapes, arrays

from ml.nn.optim import SGD
from practice.arrays import expect_array
from practice.checking import expect_true

RULE = "(p - lr * g)"


def check_step(sol, params, grads, lr, /, **inputs):
    """Run the learner's step on copies; compare every array with the project's SGD."""
    mine, want = [p.copy() for p in params], [p.copy() for p in params]
    grads_before = [g.copy() for g in grads]
    SGD(lr=lr).step(want, [g.copy() for g in grads])
    result = sol.sgd_step(mine, grads, lr)
    expect_true(result is None, "sgd_step should update params in place and return None, "
                f"got a {type(result).__name__}", lr=lr, **inputs)
    for k, (got, expected) in enumerate(zip(mine, want, strict=True)):
        diagnose(got, params[k], grads[k], lr, f"params[{k}]", lr=lr, **inputs)
        expect_array(got, expected, name=f"params[{k}] after the step {RULE}", lr=lr, **inputs)
        expect_true(got.dtype == params[k].dtype, f"params[{k}] changed dtype from "
                    f"{params[k].dtype} to {got.dtype}: update the array in place", **inputs)
    for k, (g, before) in enumerate(zip(grads, grads_before, strict=True)):
        expect_array(g, before, name=f"grads[{k}] (sgd_step must leave it unchanged)", lr=lr,
                     **inputs)


def diagnose(got, before, g, lr, name, /, **inputs):
    """Name the two classic mistakes before the general comparison."""
    still = np.array_equal(got, before) and not np.array_equal(before - lr * g, before)
    expect_true(not still, f"{name} did not move: every array takes its step in the caller's "
                "array (p -= lr * g); p = p - lr * g only rebinds a local name, and a return "
                "inside the loop stops after the first array", **inputs)
    uphill = np.allclose(got, before + lr * g) and not np.allclose(got, before - lr * g)
    expect_true(not uphill, f"{name} moved uphill, to p + lr * g: gradient descent subtracts "
                "the gradient", **inputs)


def test_example(sol):
    p = np.array([1.0, 2.0])
    sol.sgd_step([p], [np.array([2.0, -2.0])], 0.5)
    diagnose(p, np.array([1.0, 2.0]), np.array([2.0, -2.0]), 0.5, "p", p=[1.0, 2.0],
             g=[2.0, -2.0], lr=0.5)
    expect_array(p, np.array([0.0, 3.0]), name=f"p after the step {RULE}",
                 p=[1.0, 2.0], g=[2.0, -2.0], lr=0.5)


def test_every_array_moves(sol):
    rng = np.random.default_rng(0)
    shapes = [(4, 3), (3,), (3, 2), (2,)]
    params = [rng.standard_normal(s) for s in shapes]
    grads = [rng.standard_normal(s) for s in shapes]
    check_step(sol, params, grads, 0.1, shapes=shapes, seed=0)


def test_float32_stays_float32(sol):
    rng = np.random.default_rng(1)
    params = [rng.standard_normal((5, 4)).astype(np.float32), np.zeros(4, dtype=np.float32)]
    grads = [rng.standard_normal((5, 4)).astype(np.float32), np.ones(4, dtype=np.float32)]
    check_step(sol, params, grads, 0.01, shapes=[(5, 4), (4,)], dtype="float32", seed=1)


@st.composite
def steps(draw):
    values = st.floats(-100, 100, allow_nan=False, allow_infinity=False, allow_subnormal=False)
    shapes = draw(st.lists(array_shapes(min_dims=1, max_dims=2, max_side=5), min_size=1,
                           max_size=4))
    params = [draw(arrays(np.float64, s, elements=values)) for s in shapes]
    grads = [draw(arrays(np.float64, s, elements=values)) for s in shapes]
    return params, grads, draw(st.floats(1e-4, 2.0))


@settings(max_examples=15)
@given(case=steps())
def test_matches_project_sgd(sol, case):
    params, grads, lr = case
    check_step(sol, params, grads, lr, start=params, gradients=grads)
