"""The bridge: the scalar engine and the vectorised ``ml.nn`` network give the same gradients.

Same 4-5-3 ReLU network, same weights, same batch, same mean softmax cross-entropy: one is built of
Python ``Value`` objects and differentiated by walking the graph, the other is matrices and
hand-derived backward passes. Agreement to 1e-6 in float64 means the matrix formulas are the chain
rule, nothing more.
"""

import random

import numpy as np
import pytest

from ml.autograd import Value, ValueMLP, softmax_cross_entropy
from ml.gradcheck import relative_error
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.network import Sequential, mlp_layers


def autograd_loss(net: ValueMLP, X: np.ndarray, y: np.ndarray):
    """Mean cross-entropy over the batch; returns the loss and the input Values."""
    inputs = [[Value(float(v)) for v in row] for row in X]
    losses = [softmax_cross_entropy(net(row), int(label)) for row, label in zip(inputs, y,
                                                                                 strict=True)]
    return sum(losses, Value(0.0)) / len(losses), inputs


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_autograd_and_vectorised_network_agree(seed):
    rng = np.random.default_rng(seed)
    vectorised = Sequential(mlp_layers([4, 5, 3], rng=rng, dtype=np.float64))
    for layer in vectorised.dense_layers():
        layer.params["b"][:] = rng.normal(0.0, 0.5, layer.params["b"].shape)
    X = rng.standard_normal((6, 4))
    y = rng.integers(0, 3, 6)

    loss_fn = SoftmaxCrossEntropy()
    loss = loss_fn.forward(vectorised.forward(X), y)
    dX = vectorised.backward(loss_fn.backward())

    scalar = ValueMLP.from_weights(vectorised.get_weights())
    scalar_loss, inputs = autograd_loss(scalar, X, y)
    scalar_loss.backward()

    assert scalar_loss.data == pytest.approx(loss, rel=1e-12)
    for k, (layer, (dW, db)) in enumerate(zip(vectorised.dense_layers(), scalar.weight_grads(),
                                              strict=True)):
        assert relative_error(layer.grads["W"], np.array(dW)) < 1e-6, f"layer {k} W"
        assert relative_error(layer.grads["b"], np.array(db)) < 1e-6, f"layer {k} b"
    input_grads = np.array([[v.grad for v in row] for row in inputs])
    assert relative_error(dX, input_grads) < 1e-6


def test_a_few_steps_of_training_lower_the_loss():
    # the scalar network learns on its own: plain gradient descent on four points
    net = ValueMLP([2, 6, 2], rng=random.Random(3))
    X = np.array([[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0], [-1.0, 1.0]])
    y = np.array([0, 0, 1, 1])  # XOR: needs the hidden layer
    losses = []
    for _ in range(60):
        loss, _ = autograd_loss(net, X, y)
        loss.backward()
        losses.append(loss.data)
        for p in net.parameters():
            p.data -= 0.3 * p.grad
    assert losses[-1] < 0.5 * losses[0]


def test_bad_input():
    with pytest.raises(ValueError, match="at least two positive widths"):
        ValueMLP([3])
    with pytest.raises(ValueError, match="2 inputs, got 3"):
        ValueMLP([2, 1])([1.0, 2.0, 3.0])
    with pytest.raises(IndexError, match="out of range for 2 classes"):
        softmax_cross_entropy([Value(0.0), Value(1.0)], 2)
