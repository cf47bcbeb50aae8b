"""The pieces of the fit loop: one epoch, the history, and the loop that strings them together."""

import numpy as np
import pytest

from ml.nn.network import Sequential, mlp_layers
from ml.nn.optim import SGD
from ml.nn.schedules import constant
from ml.nn.training import EpochRecord, History, NonFiniteLoss, run_epoch, train


def _problem(seed=0):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((64, 2)).astype(np.float32)
    return X, (X[:, 0] > 0).astype(np.int64), Sequential(mlp_layers([2, 4, 2], rng=rng))


def test_one_epoch_steps_once_per_batch_at_the_scheduled_rates():
    X, y, net = _problem()
    seen = []
    opt = SGD(lr=0.1)
    stats = run_epoch(net, X, y, opt, lambda t: seen.append(t) or 0.1, 16, np.random.default_rng(0))
    assert seen == [0.0, 0.25, 0.5, 0.75]  # the rate is asked for at each batch's position
    assert 0 < stats.loss < 2 and 0 <= stats.accuracy <= 1 and stats.n_outputs == 2


def test_a_non_finite_loss_stops_the_epoch_before_any_step():
    X, y, net = _problem()
    X[40] = np.inf
    before = [p.copy() for p in net.params()]
    with np.errstate(invalid="ignore"), pytest.raises(NonFiniteLoss) as info:
        run_epoch(net, X, y, SGD(lr=0.1), lambda t: 0.1, 64, np.random.default_rng(0))
    assert info.value.batch == 1
    for p, q in zip(net.params(), before, strict=True):
        np.testing.assert_array_equal(p, q)


def test_history_records_and_columns_agree():
    X, y, net = _problem()
    history = train(net, X, y, SGD(lr=0.5), constant(0.5), 3, 16, np.random.default_rng(0),
                    eval_sets={"val": (X[:8], y[:8])})
    assert isinstance(history, History) and len(history.records) == 3
    assert history["epoch"] == [1, 2, 3] == [r.epoch for r in history.records]
    assert history["val_loss"] == [r.evaluations["val"][0] for r in history.records]
    assert list(history) == ["epoch", "lr", "seconds", "train_loss", "train_accuracy",
                             "val_loss", "val_accuracy"]
    with pytest.raises(KeyError):
        history["test_loss"]


def test_history_reads_like_the_dict_it_replaces():
    h = History()
    h.append(EpochRecord(1, 0.1, 1.0, 0.5, 0.75))
    assert dict(h) == {"epoch": [1], "lr": [0.1], "seconds": [1.0], "train_loss": [0.5],
                       "train_accuracy": [0.75]}
