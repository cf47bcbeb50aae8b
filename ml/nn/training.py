"""The fit loop: shuffle, forward, loss, backward, step; repeat for every batch of every epoch.

One step on a batch ``(x, y)``::

    logits = net.forward(x, training=True)   # predictions
    loss   = loss_fn.forward(logits, y)      # how wrong, averaged over the batch
    grad   = loss_fn.backward()              # dloss/dlogits
    net.backward(grad)                       # fills every layer's grads
    opt.step(params, grads)                  # move every parameter a little downhill

Weight decay (L2) adds ``l2/2 * sum(W**2)`` over the weight matrices (not the biases) to the loss;
its gradient ``l2 * W`` is added to each ``dL/dW`` before the step. It pulls weights toward zero,
so no single pixel can dominate.

Training *diverges* when the steps are too large: each one overshoots, the loss grows instead of
shrinking, and soon the numbers overflow. The loop stops a run as diverged when

* a batch's loss is NaN or infinite (checked after every batch), or
* an epoch's mean training loss exceeds ``DIVERGENCE_FACTOR`` (10) times a reference: the larger
  of the untrained network's loss on the first batch and ``ln k``, the loss of guessing all ``k``
  classes as equally likely. A mean of ten times that means the network gives the right class a
  probability of about ``k**-10`` on average: far worse than guessing, so no longer learning.
  (A mean over the whole epoch, not one batch: a single batch, or a single confidently wrong
  example, can legitimately cost more.)

Either way it puts back the weights from the start of that epoch (the last ones known to be good)
and raises :class:`TrainingDiverged`, a ``FloatingPointError``, whose message suggests a smaller
learning rate. The time per epoch is O(n * params) for ``n`` examples.
"""

import time
from collections.abc import Callable

import numpy as np

from ml.nn.batches import minibatch_indices
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.network import Sequential
from ml.nn.optim import Optimizer
from ml.nn.schedules import Schedule

__all__ = ["DIVERGENCE_FACTOR", "TrainingDiverged", "evaluate", "train"]

Augment = Callable[[np.ndarray, np.random.Generator], np.ndarray]

DIVERGENCE_FACTOR = 10.0


class TrainingDiverged(FloatingPointError):
    """The loss became non-finite or exploded; the network holds the weights from the start of
    ``epoch`` (counted from 1). ``what`` says what was seen, ``lr`` is the initial learning rate.

    >>> err = TrainingDiverged("the loss became nan in epoch 2, batch 5", epoch=2, lr=0.5)
    >>> isinstance(err, FloatingPointError), err.epoch  # callers may catch the general class
    (True, 2)
    """

    def __init__(self, what: str, epoch: int, lr: float) -> None:
        super().__init__(
            f"training diverged: {what}; the steps are too large, try a smaller learning rate "
            f"than {lr:g} (the weights from the start of epoch {epoch} were kept)")
        self.what, self.epoch, self.lr = what, epoch, lr


def evaluate(
    net: Sequential, X: np.ndarray, y: np.ndarray, batch_size: int = 8192
) -> tuple[float, float]:
    """Mean loss and accuracy of ``net`` on ``(X, y)``, in test mode (no dropout).

    Runs in chunks of ``batch_size`` rows to bound memory. Time O(n * params).

    >>> from ml.nn.network import mlp_layers
    >>> net = Sequential(mlp_layers([2, 2], rng=np.random.default_rng(0)))
    >>> loss, acc = evaluate(net, np.zeros((3, 2), dtype=np.float32), np.array([0, 1, 1]))
    >>> round(loss, 4), round(acc, 4)  # zero input, zero bias: uniform guess, first class wins
    (0.6931, 0.3333)
    """
    loss_fn = SoftmaxCrossEntropy()
    total_loss, correct = 0.0, 0
    for start in range(0, len(X), batch_size):
        xb, yb = X[start : start + batch_size], y[start : start + batch_size]
        logits = net.forward(xb, training=False)
        total_loss += loss_fn.forward(logits, yb) * len(xb)
        correct += int(np.count_nonzero(logits.argmax(axis=1) == yb))
    return total_loss / len(X), correct / len(X)


def _weight_arrays(net: Sequential) -> list[tuple[np.ndarray, np.ndarray]]:
    """``(W, dL/dW)`` pairs that weight decay applies to: parameters named ``W``."""
    return [(layer.params[name], layer.grads[name]) for layer in net.layers
            for name in layer.params if name == "W"]


# --8<-- [start:train-loop]
@np.errstate(over="ignore", invalid="ignore")  # a diverging run overflows; the loop reports it
def train(
    net: Sequential,
    X: np.ndarray,
    y: np.ndarray,
    optimizer: Optimizer,
    schedule: Schedule,
    epochs: int,
    batch_size: int,
    rng: np.random.Generator,
    l2: float = 0.0,
    augment: Augment | None = None,
    eval_sets: dict[str, tuple[np.ndarray, np.ndarray]] | None = None,
    progress: bool = False,
) -> dict[str, list[float]]:
    """Train ``net`` in place with mini-batches; return the per-epoch history.

    History keys: ``epoch``, ``lr`` (at the epoch's start), ``seconds``, ``train_loss`` and
    ``train_accuracy`` (running means over the epoch's batches, with dropout on), and for each
    ``eval_sets`` entry ``name``: ``name_loss`` and ``name_accuracy`` after the epoch.

    >>> from ml.nn.network import mlp_layers
    >>> from ml.nn.optim import SGD
    >>> from ml.nn.schedules import constant
    >>> rng = np.random.default_rng(0)
    >>> X = rng.standard_normal((64, 2)).astype(np.float32)
    >>> y = (X[:, 0] > 0).astype(np.int64)
    >>> net = Sequential(mlp_layers([2, 8, 2], rng=rng))
    >>> history = train(net, X, y, SGD(lr=0.5), constant(0.5), 20, 16, rng)
    >>> history["train_loss"][-1] < history["train_loss"][0], history["epoch"][-1]
    (True, 20)
    """
    loss_fn = SoftmaxCrossEntropy()
    params = net.params()
    decayed = _weight_arrays(net) if l2 > 0 else []
    eval_sets = eval_sets or {}
    history: dict[str, list[float]] = {"epoch": [], "lr": [], "seconds": [],
                                       "train_loss": [], "train_accuracy": []}
    for name in eval_sets:
        history[f"{name}_loss"], history[f"{name}_accuracy"] = [], []
    n = len(X)
    n_batches = -(-n // batch_size)
    reference = None  # the loss before training, set on the first batch
    for epoch in range(epochs):
        start_time = time.perf_counter()
        last_good = [p.copy() for p in params]
        bar = _progress_bar(progress, n_batches, f"epoch {epoch + 1}/{epochs}")
        history["lr"].append(schedule(epoch))
        loss_sum, correct = 0.0, 0
        for i, idx in enumerate(minibatch_indices(n, batch_size, rng)):
            xb, yb = X[idx], y[idx]
            if augment is not None:
                xb = augment(xb, rng)
            optimizer.lr = schedule(epoch + i / n_batches)
            logits = net.forward(xb, training=True)
            loss = loss_fn.forward(logits, yb)
            if reference is None:
                reference = max(float(loss), float(np.log(logits.shape[1])))
            if not np.isfinite(loss):
                _restore(params, last_good)
                raise TrainingDiverged(f"the loss became {loss} in epoch {epoch + 1}, batch "
                                       f"{i + 1}", epoch + 1, schedule(0))
            net.backward(loss_fn.backward(), input_grad=False)
            for W, dW in decayed:
                dW += l2 * W
            optimizer.step(params, net.grads())  # re-read: a layer may rebind its grads
            loss_sum += loss * len(idx)
            correct += int(np.count_nonzero(logits.argmax(axis=1) == yb))
            if bar is not None:
                bar.update(1)
                if i % 25 == 0 or i == n_batches - 1:
                    seen = min((i + 1) * batch_size, n)
                    bar.set_postfix(loss=f"{loss_sum / seen:.4f}", acc=f"{correct / seen:.4f}")
        if bar is not None:
            bar.close()
        if loss_sum / n > DIVERGENCE_FACTOR * reference:
            _restore(params, last_good)
            raise TrainingDiverged(f"the mean training loss rose to {loss_sum / n:.3g} in epoch "
                                   f"{epoch + 1}, over {DIVERGENCE_FACTOR:g} times the untrained "
                                   f"network's {reference:.3g}", epoch + 1, schedule(0))
        history["epoch"].append(epoch + 1)
        history["seconds"].append(time.perf_counter() - start_time)
        history["train_loss"].append(loss_sum / n)
        history["train_accuracy"].append(correct / n)
        for name, (X_eval, y_eval) in eval_sets.items():
            eval_loss, eval_acc = evaluate(net, X_eval, y_eval)
            history[f"{name}_loss"].append(eval_loss)
            history[f"{name}_accuracy"].append(eval_acc)
    return history


# --8<-- [end:train-loop]


def _restore(params: list[np.ndarray], saved: list[np.ndarray]) -> None:
    for p, good in zip(params, saved, strict=True):
        p[...] = good


def _progress_bar(enabled: bool, total: int, desc: str):
    if not enabled:
        return None
    from ml.progress import Progress  # only needed when a bar is wanted

    return Progress(total=total, desc=desc, unit="batch")
