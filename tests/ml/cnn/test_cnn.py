"""The small CNN: end-to-end gradients of a whole conv stack, and a short seeded MNIST run."""

import json

import numpy as np
import pytest

from ml.cnn import ConvNet, cnn_layers
from ml.gradcheck import numerical_gradient, relative_error
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.network import Sequential


def test_whole_network_gradients_match_central_differences(rng):
    # conv -> batchnorm -> relu -> pool -> conv -> relu -> pool -> flatten -> dense -> loss:
    # every parameter of every layer, checked through the real loss
    net = Sequential(cnn_layers((1, 8, 8), channels=(2, 3), n_classes=4, batchnorm=True,
                                rng=rng, dtype=np.float64))
    x = rng.standard_normal((4, 1, 8, 8))
    y = np.array([0, 3, 1, 2])
    loss = SoftmaxCrossEntropy()

    def f():
        return loss.forward(net.forward(x, training=True), y)

    f()
    net.backward(loss.backward())
    analytic = [g.copy() for g in net.grads()]
    assert len(analytic) == 2 + 2 + 2 + 2 + 2  # two convs, two batchnorms, the dense layer
    cancelled = {f"{i}.b" for i, layer in enumerate(net.layers[:-1])
                 if type(net.layers[i + 1]).__name__ == "BatchNorm"}
    assert cancelled == {"0.b", "4.b"}
    for (name, p), g in zip(net.named_params(), analytic, strict=True):
        numerical = numerical_gradient(f, p)
        if name in cancelled:
            # BatchNorm subtracts the batch mean, so a bias just before it cancels: its true
            # gradient is exactly zero (relative error would compare two rounding noises)
            assert np.abs(g).max() < 1e-12 and np.abs(numerical).max() < 1e-8, name
            continue
        err = relative_error(g, numerical)
        assert err < 1e-6, f"{name}: relative error {err:.2e}"


def test_mnist_short_run_reaches_the_measured_floor(mnist, one_blas_thread):
    # 4,000 training images, two epochs, batch 32, Adam at 5e-3, seed 0: measured 0.945 on the
    # first 2,000 test images (seed 1: 0.942; batch 64: 0.92). About 9 s on one busy core.
    model = ConvNet(epochs=2, batch_size=32, lr=5e-3, random_state=0)
    model.fit(mnist.x_train[:4000], mnist.y_train[:4000])
    accuracy = model.score(mnist.x_test[:2000], mnist.y_test[:2000])
    assert accuracy >= 0.92, accuracy
    assert model.n_params == 9098
    assert model.history_["train_loss"][1] < model.history_["train_loss"][0]


def test_same_seed_same_model():
    rng = np.random.default_rng(0)
    X = rng.random((32, 8, 8)).astype(np.float32)
    y = rng.integers(0, 3, 32)
    a = ConvNet(channels=(2,), n_classes=3, epochs=1, batch_size=8, random_state=5).fit(X, y)
    b = ConvNet(channels=(2,), n_classes=3, epochs=1, batch_size=8, random_state=5).fit(X, y)
    np.testing.assert_array_equal(a.decision_function(X), b.decision_function(X))
    c = ConvNet(channels=(2,), n_classes=3, epochs=1, batch_size=8,
                random_state=np.random.default_rng(5)).fit(X, y)  # a generator, used as given
    np.testing.assert_array_equal(a.decision_function(X), c.decision_function(X))
    assert a.get_params()["random_state"] == 5
    with pytest.raises(TypeError, match="random_state must be"):
        ConvNet(random_state="5")


def test_bad_input():
    with pytest.raises(ValueError, match="not fitted"):
        ConvNet().predict(np.zeros((1, 28, 28)))
    with pytest.raises(ValueError, match="grey images"):
        ConvNet().fit(np.zeros((2, 3, 28, 28)), np.array([0, 1]))
    with pytest.raises(ValueError, match="NaN"):
        ConvNet().fit(np.full((2, 28, 28), np.nan), np.array([0, 1]))
    with pytest.raises(ValueError, match="labels must lie"):
        ConvNet(n_classes=2).fit(np.zeros((2, 28, 28)), np.array([0, 5]))
    with pytest.raises(ValueError, match="too small"):
        cnn_layers((1, 2, 2))


def test_command_trains_and_reports_json(mnist, one_blas_thread, capsys):
    from ml.cnn.__main__ import main

    # --threads 0 keeps the library's default, as in ml.mnist (it used to be an error here)
    assert main(["--epochs", "1", "--limit", "300", "--batch-size", "32", "--lr", "5e-3",
                 "--threads", "0", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["train_images"] == 300 and report["params"] == 9098
    assert 0.3 < report["test_accuracy"] <= 1.0  # measured 0.45 on all 10,000; chance 0.1
