import numpy as np
import pytest

from ml.nn.mlp import MLP


def _blobs(n=300, seed=0, d=5, k=3):
    """k Gaussian clusters in d dimensions: an easy problem any working MLP nearly solves."""
    centres = np.random.default_rng(99).standard_normal((k, d)) * 3  # the same for every split
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, size=n)
    return (centres[y] + rng.standard_normal((n, d))).astype(np.float32), y


def _small(**kw):
    args = {"hidden": (16, 8), "n_classes": 3, "epochs": 15, "batch_size": 32, "lr": 0.01,
            "random_state": 0}
    return MLP(**{**args, **kw})


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "adam"])
@pytest.mark.parametrize("schedule", ["constant", "step", "cosine"])
def test_mlp_learns_blobs(optimizer, schedule):
    X, y = _blobs()
    X_test, y_test = _blobs(seed=1)
    lr = 0.05 if optimizer == "sgd" else 0.01
    model = _small(optimizer=optimizer, schedule=schedule, lr=lr).fit(X, y)
    assert model.score(X_test, y_test) > 0.9
    assert model.history_["train_loss"][-1] < model.history_["train_loss"][0]


def test_same_seed_same_weights_and_curve_different_seed_differs():
    X, y = _blobs()
    a = _small(dropout=0.2, l2=1e-3).fit(X, y, eval_sets={"val": _blobs(seed=2)})
    b = _small(dropout=0.2, l2=1e-3).fit(X, y, eval_sets={"val": _blobs(seed=2)})
    c = _small(dropout=0.2, l2=1e-3, random_state=1).fit(X, y)
    for (Wa, ba), (Wb, bb) in zip(a.network_.get_weights(), b.network_.get_weights(),
                                  strict=True):
        np.testing.assert_array_equal(Wa, Wb)
        np.testing.assert_array_equal(ba, bb)
    for key in ("train_loss", "train_accuracy", "val_loss", "val_accuracy", "lr"):
        assert a.history_[key] == b.history_[key]
    assert not np.array_equal(a.network_.get_weights()[0][0], c.network_.get_weights()[0][0])


def test_random_state_follows_the_estimator_convention():
    # an int seeds a fresh generator, and a generator is used as given: the same numbers when it
    # is fresh from the same int; None draws fresh entropy; anything else is refused at once
    X, y = _blobs()
    by_int = _small(epochs=1, random_state=4).fit(X, y)
    by_generator = _small(epochs=1, random_state=np.random.default_rng(4)).fit(X, y)
    for (Wa, ba), (Wb, bb) in zip(by_int.network_.get_weights(),
                                  by_generator.network_.get_weights(), strict=True):
        np.testing.assert_array_equal(Wa, Wb)
        np.testing.assert_array_equal(ba, bb)
    assert by_int.get_params()["random_state"] == 4
    assert _small(random_state=np.int64(4)).random_state == 4  # a plain int: JSON can write it
    # None: each fit draws its own entropy, so two fits start (and end) at different weights;
    # a score threshold here would be a coin toss after one epoch, so none is asserted
    fresh = [_small(epochs=1, random_state=None).fit(X, y) for _ in range(2)]
    assert not np.array_equal(fresh[0].network_.get_weights()[0][0],
                              fresh[1].network_.get_weights()[0][0])
    assert set(fresh[0].predict(X)) <= {0, 1, 2}
    for bad in (1.5, "0", True):
        with pytest.raises(TypeError, match="random_state must be None, an int or a numpy"):
            _small(random_state=bad)
    with pytest.raises(TypeError, match="seed"):  # the old name is gone, not silently ignored
        MLP(seed=0)


def test_monitored_sets_never_touch_training():
    # Scoring a held-out set after every epoch must not change what is learned: the same seed
    # with and without eval_sets gives identical weights. (Evaluating on the wrong split, or
    # letting evaluation draw from the training generator, would break this.)
    X, y = _blobs()
    watched = _small(dropout=0.2).fit(X, y, eval_sets={"test": _blobs(seed=3)})
    unwatched = _small(dropout=0.2).fit(X, y)
    for (Wa, ba), (Wb, bb) in zip(watched.network_.get_weights(),
                                  unwatched.network_.get_weights(), strict=True):
        np.testing.assert_array_equal(Wa, Wb)
        np.testing.assert_array_equal(ba, bb)
    assert watched.history_["train_loss"] == unwatched.history_["train_loss"]


def test_history_and_probabilities():
    X, y = _blobs()
    model = _small(epochs=3).fit(X, y, eval_sets={"test": _blobs(seed=3)})
    h = model.history_
    assert h["epoch"] == [1, 2, 3] and len(h["test_accuracy"]) == 3
    assert h["lr"][0] == pytest.approx(0.01) and h["lr"][2] < h["lr"][1]  # cosine decay
    proba = model.predict_proba(X)
    assert proba.shape == (300, 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-5)
    np.testing.assert_array_equal(model.predict(X), proba.argmax(axis=1))
    assert model.score(X, y) == pytest.approx(np.mean(model.predict(X) == y))
    assert model.n_params == 5 * 16 + 16 + 16 * 8 + 8 + 8 * 3 + 3


def test_float64_and_float32():
    X, y = _blobs()
    m64 = _small(epochs=2, dtype=np.float64).fit(X, y)
    assert m64.network_.params()[0].dtype == np.float64
    assert m64.predict_proba(X).dtype == np.float64
    assert _small(epochs=1).fit(X, y).predict_proba(X).dtype == np.float32


def test_bad_input_is_refused_with_clear_errors():
    X, y = _blobs()
    model = _small(epochs=1)
    with pytest.raises(ValueError, match="not fitted"):
        model.predict(X)
    with pytest.raises(ValueError, match="2-D"):
        model.fit(X.reshape(-1), y)
    with pytest.raises(ValueError, match="empty"):
        model.fit(X[:0], y[:0])
    bad = X.copy()
    bad[3, 1] = np.nan
    with pytest.raises(ValueError, match="NaN or infinity"):  # ml.base's message, shared
        model.fit(bad, y)
    bad[3, 1] = np.inf
    with pytest.raises(ValueError, match="NaN or infinity"):
        model.fit(bad, y)
    with pytest.raises(ValueError, match=r"\[0, 2\]"):
        model.fit(X, np.where(y == 0, 3, y))
    with pytest.raises(ValueError, match=r"\[0, 2\]"):
        model.fit(X, y - 1)
    with pytest.raises(ValueError, match="shape"):
        model.fit(X, y[:-1])
    with pytest.raises(ValueError, match="integer class labels"):
        model.fit(X, y + 0.5)
    model.fit(X, y)
    with pytest.raises(ValueError, match="fitted with 5"):
        model.predict(np.zeros((2, 6)))
    with pytest.raises(ValueError, match="NaN"):
        model.predict(np.full((1, 5), np.nan))
    with pytest.raises(ValueError, match="empty"):
        model.predict(np.zeros((0, 5)))


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"hidden": (0,)}, "positive"), ({"optimizer": "rmsprop"}, "unknown optimizer"),
    ({"schedule": "linear"}, "unknown schedule"), ({"lr": 0}, "lr"),
    ({"dropout": 1.0}, "dropout"), ({"l2": -1}, "l2"), ({"epochs": 0}, "epochs"),
    ({"activation": "gelu"}, "unknown activation"), ({"dtype": np.int32}, "float"),
    ({"n_classes": 1}, "n_classes"),
])
def test_bad_settings(kwargs, message):
    with pytest.raises(ValueError, match=message):
        MLP(**kwargs)


def test_divergence_stops_and_keeps_the_last_good_weights():
    X, y = _blobs()
    X = X * 1000
    initial = _small().build(5).network_.get_weights()
    model = _small(optimizer="sgd", lr=1e30, epochs=3)
    with pytest.raises(FloatingPointError, match=r"smaller learning rate.*epoch 1 were kept"):
        model.fit(X, y)
    weights = model.network_.get_weights()
    for (W0, b0), (W, b) in zip(initial, weights, strict=True):  # failed in epoch 1
        np.testing.assert_array_equal(W0, W)
        np.testing.assert_array_equal(b0, b)
    assert np.isfinite(model.predict_proba(X[:5])).all()


def test_augment_hook_sees_every_batch():
    X, y = _blobs(n=100)
    seen = []

    def augment(xb, rng):
        seen.append(len(xb))
        return xb + 0.0

    _small(epochs=2, batch_size=30).fit(X, y, augment=augment)
    assert seen == [30, 30, 30, 10] * 2


def test_fit_loop_uses_grads_a_layer_rebinds():
    """A layer that rebinds ``grads`` (instead of writing in place) still trains identically."""
    from ml.nn.layers import Dense
    from ml.nn.network import Sequential, mlp_layers
    from ml.nn.optim import Adam
    from ml.nn.schedules import constant
    from ml.nn.training import train

    class RebindingDense(Dense):
        def backward_params(self, grad_out):
            self.grads = {"W": self._x.T @ grad_out, "b": grad_out.sum(axis=0)}

    X, y = _blobs(n=90)
    nets = []
    for cls in (Dense, RebindingDense):
        layers = mlp_layers([5, 6, 3], rng=np.random.default_rng(0), dtype=np.float64)
        for layer in layers:
            if isinstance(layer, Dense):
                layer.__class__ = cls  # same weights, different backward
        net = Sequential(layers)
        train(net, X.astype(np.float64), y, Adam(0.01), constant(0.01), 3, 16,
              np.random.default_rng(1))
        nets.append(net)
    for a, b in zip(nets[0].params(), nets[1].params(), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-12)
