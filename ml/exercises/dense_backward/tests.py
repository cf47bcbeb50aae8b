"""Tests for dense-backward: the worked example, a numerical gradient check of dX, dW and db,
square and MNIST-sized layers, repeat calls, and the project's Dense layer as the oracle."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.nn.layers import Dense
from practice.arrays import expect_gradient, numerical_gradient
from practice.checking import expect_true

CAUSES = {
    "dX": ("dX = dY @ W.T: blame runs back along the same wires, W transposed",),
    "dW": ("dW = X.T @ dY, shape (d_in, d_out) like W",
           "a 1/n here: the loss's 1/n is already inside dY",
           "gradients kept from the previous call (+= into a buffer that is never reset)"),
    "db": ("db sums dY over the batch: dY.sum(axis=0), one entry per neuron",
           "a 1/n here: the loss's 1/n is already inside dY",
           "gradients kept from the previous call"),
}
PARAM = {"dX": "X", "dW": "W", "db": "b"}


def square_only(W, value):
    """``value``, for a slip that the shape check already names when W is not square."""
    if W.shape[0] != W.shape[1]:
        raise ValueError("the shape message says it better")
    return value


# The classic slips for each gradient, as the checker would compute them, with what to say.
SLIPS = {
    "dX": ((lambda X, W, dY: dY @ W, "dX uses W where W.T is meant: dX = dY @ W.T, "
            "(n, d_out) @ (d_out, d_in) -> (n, d_in)"),),
    "dW": ((lambda X, W, dY: square_only(W, dY.T @ X), "dW is the transpose of the right "
            "answer: dW = X.T @ dY, (d_in, n) @ (n, d_out) -> (d_in, d_out), the shape of W"),
           (lambda X, W, dY: X.T @ dY / len(X), "dW is n times too small: the 1/n of the mean "
            "loss is already inside dY, so do not divide by n again"),),
    "db": ((lambda X, W, dY: dY.sum(axis=1), "db was summed over the wrong axis: axis 1 adds "
            "up the neurons of each example; sum over the batch instead, dY.sum(axis=0)"),
           (lambda X, W, dY: dY.sum(axis=0) / len(X), "db is n times too small: the 1/n of "
            "the mean loss is already inside dY, so do not divide by n again")),
}


def diagnose(got, case, want, shown):
    """Name a classic slip when one of the learner's gradients is exactly that slip."""
    if not (isinstance(got, tuple | list) and len(got) == 3):
        return
    for name, mine, right in zip(("dX", "dW", "db"), got, want, strict=True):
        for slip, message in SLIPS[name]:
            try:
                wrong = slip(*case)
            except ValueError:  # the slip would not run on these shapes
                continue
            if wrong.shape == right.shape and np.allclose(wrong, right):
                continue  # here the slip happens to give the right answer
            same = isinstance(mine, np.ndarray) and mine.shape == wrong.shape and np.allclose(
                mine, wrong)
            expect_true(not same, message, **shown)


def dense(W, b):
    layer = Dense(W.shape[0], W.shape[1], rng=np.random.default_rng(0), dtype=np.float64)
    layer.params["W"][...] = W
    layer.params["b"][...] = b
    return layer


def oracle(X, W, dY):
    layer = dense(W, np.zeros(W.shape[1]))
    layer.forward(X.copy())
    dX = layer.backward(dY.copy())
    return dX, layer.grads["W"].copy(), layer.grads["b"].copy()


def unpack(got, **shown):
    expect_true(isinstance(got, tuple | list) and len(got) == 3,
                "dense_backward should return a tuple of three arrays (dX, dW, db); yours "
                f"returned {type(got).__name__}" + (f" of length {len(got)}"
                                                     if isinstance(got, tuple | list) else ""),
                **shown)
    return got


def expect_three(got, want, **shown):
    for name, mine, right in zip(("dX", "dW", "db"), unpack(got, **shown), want, strict=True):
        expect_gradient(mine, right, name=name, param=PARAM[name], causes=CAUSES[name],
                        **shown)


def check(sol, *case, **shown):
    X, W, dY = (np.asarray(a, dtype=np.float64) for a in case)
    shown = shown or {"X": X, "W": W, "dY": dY}
    got = sol.dense_backward(X.copy(), W.copy(), dY.copy())
    want = oracle(X, W, dY)
    diagnose(got, (X, W, dY), want, shown)
    expect_three(got, want, **shown)


def test_worked_example(sol):
    check(sol, [[2.0, 0.0]], [[0.5, 0.25], [1.0, -1.0]], [[-0.5, 0.5]])


def test_numerical_gradient_check(sol):
    rng = np.random.default_rng(23)
    X, W, b = rng.normal(size=(4, 3)), rng.normal(size=(3, 5)), rng.normal(size=5)
    G = rng.normal(size=(4, 5))  # L = sum(Y * G), so dL/dY = G

    def loss(x, w, bias):
        return float(np.sum(dense(w, bias).forward(x.copy()) * G))

    want = (numerical_gradient(lambda x: loss(x, W, b), X),
            numerical_gradient(lambda w: loss(X, w, b), W),
            numerical_gradient(lambda bias: loss(X, W, bias), b))
    got = sol.dense_backward(X.copy(), W.copy(), G.copy())
    shown = {"X": "(4, 3) normal (seed 23)", "W": "(3, 5)", "b": "(5,)",
             "dY": "G, (4, 5) normal: L = sum((X W + b) * G)"}
    diagnose(got, (X, W, G), want, shown)
    expect_three(got, want, **shown)


def test_square_weights(sol):
    rng = np.random.default_rng(29)
    X, W, dY = rng.normal(size=(5, 3)), rng.normal(size=(3, 3)), rng.normal(size=(5, 3))
    check(sol, X, W, dY, X="(5, 3) normal (seed 29)", W="(3, 3)", dY="(5, 3)")


def test_batch_of_one(sol):
    check(sol, [[1.0, -1.0, 2.0]], [[1.0, 0.0], [0.5, -0.5], [2.0, 1.0]], [[0.25, -1.0]])


def test_an_mnist_sized_layer(sol):
    rng = np.random.default_rng(31)
    X = rng.random((8, 784))
    W = rng.normal(0.0, np.sqrt(2 / 784), (784, 128))
    dY = rng.normal(0.0, 0.01, (8, 128))
    check(sol, X, W, dY, X="(8, 784) pixels (seed 31)", W="(784, 128)", dY="(8, 128)")


def test_same_gradients_when_called_twice(sol):
    rng = np.random.default_rng(37)
    X, W, dY = rng.normal(size=(3, 4)), rng.normal(size=(4, 2)), rng.normal(size=(3, 2))
    shown = {"X": "(3, 4) normal (seed 37)", "W": "(4, 2)", "dY": "(3, 2)"}
    want = oracle(X, W, dY)
    first = sol.dense_backward(X.copy(), W.copy(), dY.copy())
    diagnose(first, (X, W, dY), want, shown)
    expect_three(first, want, **shown)
    second = sol.dense_backward(X.copy(), W.copy(), dY.copy())
    shown["call"] = "the second call with the same X, W, dY (the first was right)"
    doubled = [isinstance(g, np.ndarray) and g.shape == w.shape and np.allclose(g, 2 * w)
               and np.any(w != 0) for g, w in zip(unpack(second, **shown), want, strict=True)]
    expect_true(not any(doubled), "the second call returned twice the right gradient: "
                "gradients kept from the previous call. Compute fresh arrays on every call "
                "(no module-level buffer with +=)", **shown)
    expect_three(second, want, **shown)


def test_inputs_unchanged(sol):
    X, W, dY = np.array([[1.0, 2.0]]), np.array([[1.0, -1.0], [0.5, 2.0]]), np.array([[0.5, 1.0]])
    copies = [a.copy() for a in (X, W, dY)]
    sol.dense_backward(X, W, dY)
    expect_true(all(np.array_equal(a, c) for a, c in zip((X, W, dY), copies, strict=True)),
                "dense_backward changed X, W or dY in place; build new arrays for the gradients",
                X=copies[0], W=copies[1], dY=copies[2])


@st.composite
def layers(draw):
    n, d_in, d_out = (draw(st.integers(1, 6)) for _ in range(3))
    element = st.floats(-10, 10, width=64)
    return (draw(arrays(np.float64, (n, d_in), elements=element)),
            draw(arrays(np.float64, (d_in, d_out), elements=element)),
            draw(arrays(np.float64, (n, d_out), elements=element)))


@settings(max_examples=15)
@given(case=layers())
def test_matches_the_project_dense_layer(sol, case):
    check(sol, *case)
