"""Tests for relu-and-gradient: the example, the kink, shapes, a numerical gradient check and the
project's ReLU layer as the oracle."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import array_shapes, arrays

from ml.nn.activations import ReLU
from practice.arrays import expect_array, expect_gradient, numerical_gradient
from practice.checking import expect_true

CAUSES = ("the slope is 1 where z > 0 and 0 where z <= 0: read it from the input z, not from "
          "the output relu(z)",
          "a mask the wrong way round (z < 0 instead of z > 0)")
EXAMPLE = np.array([[-2.0, 0.0, 3.0], [1.5, -0.5, 0.0]])


def oracle(z):
    layer = ReLU()
    out = layer.forward(z)
    return out, layer.backward(np.ones_like(z))


# The classic slips in the gradient, as the checker would compute them, with what to say.
SLIPS = (
    (lambda z: np.maximum(z, 0.0), "your gradient is relu(z) itself, the height of the line; "
     "the gradient is its slope: 1.0 where z > 0, 0.0 elsewhere"),
    (lambda z: (z < 0).astype(float), "your gradient is 1 where z < 0 and 0 where z > 0: the "
     "mask is the wrong way round, it is (z > 0)"),
    (lambda z: np.ones_like(z), "your gradient is 1 everywhere, as if ReLU were the identity: "
     "where z < 0 the line is flat, slope 0, so a neuron that was off passes no gradient"),
    (lambda z: (z >= 0).astype(float), "your gradient is 1 at z = 0: the statement takes it as "
     "0 at the kink, (z > 0)"),
)


def diagnose_gradient(got, values, want, shown):
    if not (isinstance(got, np.ndarray) and got.shape == want.shape):
        return  # the shape check explains it
    for slip, message in SLIPS:
        wrong = slip(values)
        if not np.array_equal(wrong, want):  # only slips that would change the answer here
            expect_true(not np.allclose(got, wrong), message, **shown)


def check_both(sol, values, **shown):
    shown = shown or {"z": values}
    want_out, want_grad = oracle(values)
    expect_array(sol.relu(values.copy()), want_out, name="relu(z)", **shown)
    got = sol.relu_gradient(values.copy())
    diagnose_gradient(got, values, want_grad, shown)
    expect_array(got, want_grad, name="relu_gradient(z)", **shown)


def test_worked_example(sol):
    check_both(sol, EXAMPLE.copy())


def test_zero_has_gradient_zero(sol):
    z = np.zeros((2, 2))
    expect_array(sol.relu_gradient(z), np.zeros((2, 2)), name="relu_gradient(z)",
                 why="at the kink z = 0 the gradient is taken as 0 (the statement's convention)",
                 z=z)


def test_z_is_left_unchanged(sol):
    z = EXAMPLE.copy()
    sol.relu(z)
    expect_true(np.array_equal(z, EXAMPLE), "relu changed its input z in place (its negative "
                "entries are now 0); the backward pass needs the original z, so return a new "
                "array instead (np.maximum(z, 0) without out=)", z=EXAMPLE)
    sol.relu_gradient(z)
    expect_true(np.array_equal(z, EXAMPLE), "relu_gradient changed its input z in place",
                z=EXAMPLE)


def test_one_and_three_dimensions(sol):
    check_both(sol, np.array([-1.0, 2.0, -3.0, 4.0]))
    check_both(sol, np.linspace(-1.0, 1.0, 24).reshape(2, 3, 4),
               z="np.linspace(-1, 1, 24).reshape(2, 3, 4)")


def away_from_kink(rng, shape):
    """Values with |z| >= 0.1, so a step of 1e-6 never crosses 0."""
    z = rng.uniform(0.1, 3.0, shape)
    return z * rng.choice([-1.0, 1.0], shape)


def test_gradient_matches_numerical_gradient(sol):
    rng = np.random.default_rng(2)
    z = away_from_kink(rng, (4, 5))
    g = rng.normal(size=(4, 5))  # the gradient arriving from above

    def loss(v=z):
        return float(np.sum(ReLU().forward(v) * g))

    want = numerical_gradient(loss, z)
    got = sol.relu_gradient(z.copy())
    diagnose_gradient(got, z, oracle(z)[1], {"z": "4 x 5, |entries| >= 0.1 (seed 2)"})
    if isinstance(got, np.ndarray) and got.shape == z.shape:
        got = got * g  # the chain rule, done here: the learner returns the local slope
    expect_gradient(got, want, name="relu_gradient(z) * G", param="z", causes=CAUSES,
                    z="4 x 5, |entries| >= 0.1 (seed 2)", G="random normal (seed 2)")


finite = st.floats(-5, 5, allow_nan=False, width=64)


@settings(max_examples=15)
@given(z=arrays(np.float64, array_shapes(min_dims=1, max_dims=3, max_side=6), elements=finite))
def test_matches_the_project_relu(sol, z):
    check_both(sol, z)
