"""Tests for dense-forward: the worked example, square and non-square shapes, an MNIST-sized
batch, and the project's Dense layer as the oracle."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.nn.layers import Dense
from practice.arrays import expect_array
from practice.checking import expect_true

SHAPES = "X is (n, d_in), W is (d_in, d_out): X @ W is (n, d_out), one row per example"

# The classic slips, each as the checker would compute it, with what to tell the learner.
SLIPS = (
    (lambda X, W, b: X @ W.T + b, "you multiplied by W.T: column j of W already holds neuron "
     "j's weights, so Z = X @ W, with (n, d_in) @ (d_in, d_out) -> (n, d_out)"),
    (lambda X, W, b: X @ W + b[:, None], "the bias went down the rows (b[:, None]): b has one "
     "entry per neuron, a column of Z, so add b of shape (d_out,) as it is"),
    (lambda X, W, b: np.maximum(X @ W + b, 0.0), "you applied ReLU: return the weighted sums Z "
     "themselves; the activation is a separate step"),
    (lambda X, W, b: X @ W, "the bias b is missing: Z = X @ W + b"),
)


def oracle(X, W, b):
    layer = Dense(W.shape[0], W.shape[1], rng=np.random.default_rng(0), dtype=np.float64)
    layer.params["W"][...] = W
    layer.params["b"][...] = b
    return layer.forward(X.copy())


def diagnose(got, X, W, b, want, shown):
    if not isinstance(got, np.ndarray):
        return
    for slip, message in SLIPS:
        try:
            wrong = slip(X, W, b)
        except ValueError:  # the slip would not even run on these shapes
            continue
        if wrong.shape == want.shape and np.allclose(wrong, want):
            continue  # here the slip happens to give the right answer
        expect_true(not (got.shape == wrong.shape and np.allclose(got, wrong)), message, **shown)


def check(sol, *case, **shown):
    X, W, b = (np.asarray(a, dtype=np.float64) for a in case)
    shown = shown or {"X": X, "W": W, "b": b}
    want = oracle(X, W, b)
    got = sol.dense_forward(X.copy(), W.copy(), b.copy())
    diagnose(got, X, W, b, want, shown)
    expect_array(got, want, name="Z", why=f" ({SHAPES})", **shown)


def test_worked_example(sol):
    check(sol, [[1.0, 2.0]], [[1.0, 1.0], [0.5, -1.0]], [0.0, 0.5])


def test_negative_sums_are_kept(sol):
    check(sol, [[1.0, 0.0, 2.0], [0.0, 1.0, 1.0]], [[-1.0, 0.5], [2.0, -3.0], [0.5, -1.0]],
          [-1.0, 0.25])


def test_non_square_shapes(sol):
    rng = np.random.default_rng(13)
    X, W, b = rng.normal(size=(5, 3)), rng.normal(size=(3, 4)), rng.normal(size=4)
    check(sol, X, W, b, X="(5, 3) normal (seed 13)", W="(3, 4)", b="(4,)")


def test_square_weights(sol):
    rng = np.random.default_rng(17)
    X, W, b = rng.normal(size=(3, 3)), rng.normal(size=(3, 3)), rng.normal(size=3)
    check(sol, X, W, b, X="(3, 3) normal (seed 17)", W="(3, 3)", b="(3,)")


def test_inputs_unchanged(sol):
    X, W, b = np.array([[1.0, -2.0]]), np.array([[1.0, 2.0, 3.0], [-1.0, 0.0, 1.0]]), \
        np.array([0.5, -0.5, 0.0])
    copies = [a.copy() for a in (X, W, b)]
    sol.dense_forward(X, W, b)
    expect_true(all(np.array_equal(a, c) for a, c in zip((X, W, b), copies, strict=True)),
                "dense_forward changed X, W or b in place; write Z into a new array",
                X=copies[0], W=copies[1], b=copies[2])


def test_an_mnist_sized_batch(sol):
    rng = np.random.default_rng(19)
    X = rng.random((16, 784))
    W = rng.normal(0.0, np.sqrt(2 / 784), (784, 128))
    b = rng.normal(0.0, 0.1, 128)
    check(sol, X, W, b, X="(16, 784) pixels (seed 19)", W="(784, 128)", b="(128,)")


@st.composite
def layers(draw):
    n, d_in, d_out = (draw(st.integers(1, 6)) for _ in range(3))
    element = st.floats(-10, 10, width=64)
    return (draw(arrays(np.float64, (n, d_in), elements=element)),
            draw(arrays(np.float64, (d_in, d_out), elements=element)),
            draw(arrays(np.float64, d_out, elements=element)))


@settings(max_examples=15)
@given(case=layers())
def test_matches_the_project_dense_layer(sol, case):
    check(sol, *case)
