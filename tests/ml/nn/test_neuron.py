"""The neuron-by-neuron network and the vectorised one are the same function with the same
gradients: checked from shared weights in float64."""

import numpy as np
import pytest

from ml.gradcheck import numerical_gradient, relative_error
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.mlp import MLP
from ml.nn.network import Sequential, mlp_layers
from ml.nn.neuron import LoopNetwork, LoopNeuron


def _pair(sizes, seed=0):
    rng = np.random.default_rng(seed)
    vec = Sequential(mlp_layers(sizes, rng=rng, dtype=np.float64))
    for p in vec.params():
        p += 0.1 * rng.standard_normal(p.shape)  # non-zero biases
    return vec, LoopNetwork.from_weights(vec.get_weights())


@pytest.mark.parametrize(("sizes", "seed"), [([6, 5, 4, 3], 0), ([10, 8, 10], 1), ([4, 3], 2)])
def test_same_outputs_and_gradients_from_the_same_weights(sizes, seed):
    vec, scalar = _pair(sizes, seed)
    rng = np.random.default_rng(seed + 10)
    X, y = rng.standard_normal((5, sizes[0])), rng.integers(0, sizes[-1], size=5)

    loss = SoftmaxCrossEntropy()
    vec_loss = loss.forward(vec.forward(X), y)
    vec.backward(loss.backward())
    probs_vec = loss.probabilities
    assert relative_error(scalar.predict_proba(X), probs_vec) < 1e-6
    assert scalar.loss(X, y) == pytest.approx(vec_loss, rel=1e-10)

    grads = scalar.gradients(X, y)
    vec_grads = vec.grads()
    for i, (dW, db) in enumerate(grads):
        assert relative_error(dW, vec_grads[2 * i]) < 1e-6, f"layer {i} W"
        assert relative_error(db, vec_grads[2 * i + 1]) < 1e-6, f"layer {i} b"


def test_neuron_gradients_against_central_differences():
    _, scalar = _pair([4, 3, 3], seed=3)
    rng = np.random.default_rng(7)
    X, y = rng.standard_normal((3, 4)), np.array([0, 2, 1])
    grads = scalar.gradients(X, y)
    neuron = scalar.layers[0].neurons[1]
    numeric = numerical_gradient(lambda: scalar.loss(X, y), neuron.weights)
    assert relative_error(grads[0][0][:, 1], numeric) < 1e-6


def test_weights_round_trip_and_training_matches_vectorised_sgd():
    """One SGD step on a batch moves both versions to the same weights."""
    vec, scalar = _pair([5, 4, 3], seed=4)
    weights = vec.get_weights()
    for (W, b), (W2, b2) in zip(weights, scalar.to_weights(), strict=True):
        np.testing.assert_array_equal(W, W2)
        np.testing.assert_array_equal(b, b2)
    rng = np.random.default_rng(0)
    X, y = rng.standard_normal((4, 5)), rng.integers(0, 3, 4)
    scalar.fit(X, y, epochs=1, lr=0.5, batch_size=4)
    loss = SoftmaxCrossEntropy()
    loss.forward(vec.forward(X), y)
    vec.backward(loss.backward())
    for p, g in zip(vec.params(), vec.grads(), strict=True):
        p -= 0.5 * g
    for (W, b), (W2, b2) in zip(vec.get_weights(), scalar.to_weights(), strict=True):
        assert relative_error(W, W2) < 1e-10 and relative_error(b, b2) < 1e-10


def test_scalar_network_learns_and_loads_a_fitted_mlp():
    rng = np.random.default_rng(1)
    X = rng.random((60, 2))
    y = (X[:, 0] > X[:, 1]).astype(int)
    net = LoopNetwork([2, 6, 2], seed=0).fit(X, y, epochs=40, lr=0.3, batch_size=4)
    assert np.mean(net.predict(X) == y) > 0.9
    model = MLP(hidden=(4,), n_classes=2, epochs=5, lr=0.01, dtype=np.float64).fit(X, y)
    copy = LoopNetwork.from_weights(model.network_.get_weights())
    np.testing.assert_allclose(copy.predict_proba(X), model.predict_proba(X), rtol=1e-10)


def test_output_neurons_are_linear_hidden_are_relu():
    net = LoopNetwork([3, 2, 2], seed=0)
    assert all(n.relu for n in net.layers[0].neurons)
    assert not any(n.relu for n in net.layers[1].neurons)
    neuron = LoopNeuron([1.0], bias=-5.0)
    assert neuron.forward(np.array([2.0])) == 0.0
    assert neuron.backward(3.0).tolist() == [0.0] and neuron.grad_bias == 0.0


def test_bad_input():
    net = LoopNetwork([3, 2], seed=0)
    with pytest.raises(ValueError, match=r"\(n >= 1, 3\)"):
        net.gradients(np.zeros((2, 4)), np.array([0, 1]))
    with pytest.raises(ValueError, match="labels"):
        net.gradients(np.zeros((2, 3)), np.array([0]))
    with pytest.raises(ValueError, match="at least two"):
        LoopNetwork([3])
    with pytest.raises(ValueError, match=r"\(n_in, n_out\)"):
        LoopNetwork.from_weights([(np.zeros((3, 2)), np.zeros(3))])
