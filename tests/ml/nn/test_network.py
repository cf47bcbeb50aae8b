import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.gradcheck import numerical_gradient, relative_error
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.network import Sequential, mlp_layers


def _net(sizes, activation="relu", seed=0):
    return Sequential(mlp_layers(sizes, activation, rng=np.random.default_rng(seed),
                                 dtype=np.float64))


def _loss_and_grads(net, X, y):
    loss = SoftmaxCrossEntropy()
    value = loss.forward(net.forward(X), y)
    net.backward(loss.backward())
    return value, [g.copy() for g in net.grads()]


@pytest.mark.parametrize("activation", ["relu", "tanh", "sigmoid"])
def test_whole_network_gradient_every_parameter(activation):
    rng = np.random.default_rng(3)
    net = _net([6, 5, 4, 3], activation)
    for p in net.params():  # non-zero biases so their gradients are exercised too
        p += 0.1 * rng.standard_normal(p.shape)
    X, y = rng.standard_normal((7, 6)), rng.integers(0, 3, size=7)
    _, grads = _loss_and_grads(net, X, y)
    loss = SoftmaxCrossEntropy()
    for (name, p), g in zip(net.named_params(), grads, strict=True):
        numeric = numerical_gradient(lambda: loss.forward(net.forward(X), y), p)
        assert relative_error(g, numeric) < 1e-6, name


def test_network_input_gradient_and_skip():
    rng = np.random.default_rng(4)
    net = _net([5, 4, 3])
    X, y = rng.standard_normal((3, 5)), np.array([0, 2, 1])
    loss = SoftmaxCrossEntropy()
    loss.forward(net.forward(X), y)
    dX = net.backward(loss.backward())
    grads_full = [g.copy() for g in net.grads()]
    assert relative_error(dX, numerical_gradient(lambda: loss.forward(net.forward(X), y), X)) \
        < 1e-6
    loss.forward(net.forward(X), y)
    assert net.backward(loss.backward(), input_grad=False) is None
    for a, b in zip(grads_full, net.grads(), strict=True):
        np.testing.assert_allclose(a, b)


def test_weight_decay_gradient_matches_training_loop():
    """The fit loop adds l2 * W to weight gradients: check that is d/dW of l2/2 * sum(W^2)."""
    from ml.nn.training import _weight_arrays

    rng = np.random.default_rng(5)
    net = _net([4, 3, 2])
    X, y, l2 = rng.standard_normal((5, 4)), rng.integers(0, 2, 5), 0.3
    loss = SoftmaxCrossEntropy()

    def total():
        return loss.forward(net.forward(X), y) + 0.5 * l2 * sum(
            float(np.sum(W**2)) for W, _ in _weight_arrays(net))

    total()
    net.backward(loss.backward())
    for W, dW in _weight_arrays(net):
        dW += l2 * W
    for (name, p), g in zip(net.named_params(), net.grads(), strict=True):
        assert relative_error(g, numerical_gradient(total, p)) < 1e-6, name
    assert len(_weight_arrays(net)) == 2  # biases are not decayed


@settings(max_examples=20)
@given(st.integers(1, 4), st.integers(0, 10_000))
def test_mean_of_minibatch_gradients_equals_full_batch_gradient(n_batches, seed):
    """Equal-size batches: the average of their mean-loss gradients is the full-batch gradient."""
    rng = np.random.default_rng(seed)
    net = _net([4, 3, 3], seed=seed)
    batch = 3
    X = rng.standard_normal((n_batches * batch, 4))
    y = rng.integers(0, 3, size=len(X))
    _, full = _loss_and_grads(net, X, y)
    parts = [_loss_and_grads(net, X[i * batch:(i + 1) * batch], y[i * batch:(i + 1) * batch])[1]
             for i in range(n_batches)]
    for k, g in enumerate(full):
        np.testing.assert_allclose(np.mean([p[k] for p in parts], axis=0), g, atol=1e-12)


@settings(max_examples=20)
@given(st.integers(0, 10_000))
def test_batch_permutation_leaves_mean_loss_and_gradients_unchanged(seed):
    rng = np.random.default_rng(seed)
    net = _net([4, 5, 3], seed=seed)
    X, y = rng.standard_normal((6, 4)), rng.integers(0, 3, size=6)
    perm = rng.permutation(6)
    loss_a, grads_a = _loss_and_grads(net, X, y)
    loss_b, grads_b = _loss_and_grads(net, X[perm], y[perm])
    assert loss_a == pytest.approx(loss_b, rel=1e-12)
    for a, b in zip(grads_a, grads_b, strict=True):
        np.testing.assert_allclose(a, b, atol=1e-12)


def test_mlp_layers_parameter_count_and_checks():
    net = Sequential(mlp_layers([784, 128, 64, 10]))
    assert net.n_params == 109_386
    with pytest.raises(ValueError, match="at least two"):
        mlp_layers([784])
    with pytest.raises(ValueError, match="unknown activation"):
        mlp_layers([3, 2], activation="swish")


def test_get_and_set_weights_round_trip():
    a, b = _net([3, 4, 2], seed=1), _net([3, 4, 2], seed=2)
    b.set_weights(a.get_weights())
    X = np.random.default_rng(0).standard_normal((5, 3))
    np.testing.assert_array_equal(a.forward(X), b.forward(X))
    with pytest.raises(ValueError, match="shape"):
        b.set_weights([(np.zeros((3, 5)), np.zeros(5)), (np.zeros((5, 2)), np.zeros(2))])
    with pytest.raises(ValueError, match="pairs"):
        b.set_weights(a.get_weights()[:1])
