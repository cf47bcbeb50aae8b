"""Divergence: an exploding loss stops training even while it is still finite, and the network
keeps the weights from the start of the epoch that diverged."""

import numpy as np
import pytest

from ml.nn.network import Sequential, mlp_layers
from ml.nn.optim import Adam
from ml.nn.training import DIVERGENCE_FACTOR, TrainingDiverged, train


def _data():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((256, 5)).astype(np.float32)
    return X, (X[:, 0] + X[:, 1] > 0).astype(np.int64)


def _run(epochs, schedule):
    X, y = _data()
    rng = np.random.default_rng(1)
    net = Sequential(mlp_layers([5, 16, 3], rng=rng))
    with np.errstate(over="ignore", invalid="ignore"):
        history = train(net, X, y, Adam(lr=schedule(0)), schedule, epochs, 32, rng)
    return net, history


def _calm_then_wild(t):
    return 1e-2 if t < 1 else 1e6  # a healthy first epoch, then steps a million times too big


def test_a_finite_but_exploding_loss_is_divergence():
    with pytest.raises(TrainingDiverged, match="epoch 2, over 10 times") as info:
        _run(2, _calm_then_wild)
    assert info.value.epoch == 2 and info.value.lr == 1e-2
    assert isinstance(info.value, FloatingPointError)


def test_the_weights_from_the_start_of_the_diverged_epoch_are_kept():
    after_one, history = _run(1, _calm_then_wild)
    assert history["train_loss"][0] < DIVERGENCE_FACTOR * np.log(3)  # epoch 1 was healthy
    X, y = _data()
    rng = np.random.default_rng(1)
    net = Sequential(mlp_layers([5, 16, 3], rng=rng))
    with np.errstate(over="ignore", invalid="ignore"), pytest.raises(TrainingDiverged):
        train(net, X, y, Adam(lr=1e-2), _calm_then_wild, 2, 32, rng)
    for (W, b), (W1, b1) in zip(net.get_weights(), after_one.get_weights(), strict=True):
        np.testing.assert_array_equal(W, W1)
        np.testing.assert_array_equal(b, b1)


def test_divergence_is_reported_once_not_as_a_stream_of_numpy_warnings():
    # overflow warnings used to reach stderr (for the CNN, whose fit did not silence them)
    # ahead of the one-line error
    import warnings

    from ml.cnn import ConvNet

    rng = np.random.default_rng(0)
    X = rng.random((64, 8, 8)).astype(np.float32)
    y = rng.integers(0, 3, 64)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(TrainingDiverged):
            ConvNet(channels=(2,), n_classes=3, epochs=2, batch_size=8, lr=1e30,
                    batchnorm=True).fit(X, y)
