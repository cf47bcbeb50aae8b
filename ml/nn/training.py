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

**The pieces.** :func:`run_epoch` is one pass over the data (the step above, batch after batch);
:func:`train` is the loop over epochs that schedules, watches for divergence and records a
:class:`History`, one :class:`EpochRecord` per epoch.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ml.nn.batches import minibatch_indices
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.network import Sequential
from ml.nn.optim import Optimizer
from ml.nn.schedules import Schedule

__all__ = ["DIVERGENCE_FACTOR", "EpochRecord", "EpochStats", "History", "NonFiniteLoss",
           "TrainingDiverged", "evaluate", "run_epoch", "train"]

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


class NonFiniteLoss(FloatingPointError):
    """A batch's loss was NaN or infinite; raised by :func:`run_epoch` before any step with it.

    ``batch`` counts from 1 within the epoch; ``first_loss`` is the epoch's first batch loss.
    """

    def __init__(self, loss: float, batch: int, first_loss: float) -> None:
        super().__init__(f"the loss became {loss} in batch {batch}")
        self.loss, self.batch, self.first_loss = loss, batch, first_loss


@dataclass(frozen=True)
class EpochStats:
    """What one pass over the training data measured (dropout on, weights still moving)."""

    loss: float  # mean training loss over the epoch's batches
    accuracy: float  # fraction of training examples classified right when their batch ran
    first_loss: float  # the first batch's loss, before its step
    n_outputs: int  # the network's output width k (guessing uniformly costs ln k)


@dataclass(frozen=True)
class EpochRecord:
    """One row of a :class:`History`: the epoch (from 1), its starting learning rate, its wall
    time, the training statistics, and ``(loss, accuracy)`` for each monitored set."""

    epoch: int
    lr: float
    seconds: float
    train_loss: float
    train_accuracy: float
    evaluations: dict[str, tuple[float, float]] = field(default_factory=dict)


class History(dict):
    """The per-epoch records of one run, and the same numbers as columns by name.

    ``records`` is the list of :class:`EpochRecord`. As a dict (so it prints, compares and
    goes to JSON as one), the columns are ``epoch``, ``lr``, ``seconds``, ``train_loss``,
    ``train_accuracy`` and, for each monitored set ``name``, ``name_loss`` and ``name_accuracy``:
    lists with one value per epoch, ready to plot. ``append`` keeps both views in step.

    >>> h = History(["val"])
    >>> h.append(EpochRecord(1, 0.1, 2.0, 0.7, 0.5, {"val": (0.6, 0.55)}))
    >>> list(h), h["val_accuracy"], h.records[0].train_loss
    (['epoch', 'lr', 'seconds', 'train_loss', 'train_accuracy', 'val_loss', 'val_accuracy'], \
[0.55], 0.7)
    """

    COLUMNS = ("epoch", "lr", "seconds", "train_loss", "train_accuracy")

    def __init__(self, monitored=()) -> None:
        self.monitored = tuple(monitored)
        self.records: list[EpochRecord] = []
        super().__init__({key: [] for key in self.COLUMNS})
        for name in self.monitored:
            self[f"{name}_loss"], self[f"{name}_accuracy"] = [], []

    def append(self, record: EpochRecord) -> None:
        """Add one epoch's record, and its numbers to the columns."""
        self.records.append(record)
        for key in self.COLUMNS:
            self[key].append(getattr(record, key))
        for name in self.monitored:
            loss, accuracy = record.evaluations[name]
            self[f"{name}_loss"].append(loss)
            self[f"{name}_accuracy"].append(accuracy)


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
) -> History:
    """Train ``net`` in place for ``epochs`` passes over ``(X, y)``; return the :class:`History`.

    Each epoch is one :func:`run_epoch`, after which every ``eval_sets`` entry is scored.

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
    eval_sets = eval_sets or {}
    history, params, reference = History(eval_sets), net.params(), None
    for epoch in range(epochs):
        start, last_good = time.perf_counter(), [p.copy() for p in params]
        with _EpochBar(progress, -(-len(X) // batch_size), f"epoch {epoch + 1}/{epochs}") as bar:
            try:
                stats = run_epoch(net, X, y, optimizer, lambda t, e=epoch: schedule(e + t),
                                  batch_size, rng, l2, augment, bar)
            except NonFiniteLoss as bad:
                _restore(params, last_good)
                raise TrainingDiverged(f"the loss became {bad.loss} in epoch {epoch + 1}, "
                                       f"batch {bad.batch}", epoch + 1, schedule(0)) from None
        if reference is None:  # the untrained network's loss, or uniform guessing's if larger
            reference = max(stats.first_loss, float(np.log(stats.n_outputs)))
        if stats.loss > DIVERGENCE_FACTOR * reference:
            _restore(params, last_good)
            raise TrainingDiverged(f"the mean training loss rose to {stats.loss:.3g} in epoch "
                                   f"{epoch + 1}, over {DIVERGENCE_FACTOR:g} times the untrained "
                                   f"network's {reference:.3g}", epoch + 1, schedule(0))
        history.append(EpochRecord(
            epoch + 1, schedule(epoch), time.perf_counter() - start, stats.loss, stats.accuracy,
            {name: evaluate(net, Xe, ye) for name, (Xe, ye) in eval_sets.items()}))
    return history


def run_epoch(
    net: Sequential, X: np.ndarray, y: np.ndarray, optimizer: Optimizer,
    lr_at: Callable[[float], float], batch_size: int, rng: np.random.Generator,
    l2: float = 0.0, augment: Augment | None = None, bar=None,
) -> EpochStats:
    """One pass over ``(X, y)`` in shuffled mini-batches, one optimizer step per batch.

    ``lr_at(t)`` is the learning rate ``t`` of the way through the epoch (0 <= t < 1). A NaN or
    infinite batch loss raises :class:`NonFiniteLoss` before that batch takes a step.
    """
    loss_fn, params = SoftmaxCrossEntropy(), net.params()
    decayed = _weight_arrays(net) if l2 > 0 else []
    n_batches, loss_sum, correct, first = -(-len(X) // batch_size), 0.0, 0, None
    for i, idx in enumerate(minibatch_indices(len(X), batch_size, rng)):
        xb, yb = X[idx], y[idx]
        if augment is not None:
            xb = augment(xb, rng)
        optimizer.lr = lr_at(i / n_batches)
        logits = net.forward(xb, training=True)
        loss = loss_fn.forward(logits, yb)
        first = float(loss) if first is None else first
        if not np.isfinite(loss):
            raise NonFiniteLoss(loss, i + 1, first)
        net.backward(loss_fn.backward(), input_grad=False)
        for W, dW in decayed:
            dW += l2 * W
        optimizer.step(params, net.grads())  # re-read: a layer may rebind its grads
        loss_sum += loss * len(idx)
        correct += int(np.count_nonzero(logits.argmax(axis=1) == yb))
        if bar is not None:
            bar.update(i, min((i + 1) * batch_size, len(X)), loss_sum, correct)
    return EpochStats(loss_sum / len(X), correct / len(X), first, logits.shape[1])


# --8<-- [end:train-loop]


def _restore(params: list[np.ndarray], saved: list[np.ndarray]) -> None:
    for p, good in zip(params, saved, strict=True):
        p[...] = good


class _EpochBar:
    """A progress bar over one epoch's batches showing the running loss and accuracy, or,
    when not ``enabled``, nothing at all (and ``ml.progress`` is never imported)."""

    def __init__(self, enabled: bool, n_batches: int, desc: str) -> None:
        self.n_batches, self.bar = n_batches, None
        if enabled:
            from ml.progress import Progress  # only needed when a bar is wanted

            self.bar = Progress(total=n_batches, desc=desc, unit="batch")

    def __enter__(self) -> "_EpochBar | None":
        return self if self.bar is not None else None

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.close()

    def update(self, i: int, seen: int, loss_sum: float, correct: int) -> None:
        self.bar.update(1)
        if i % 25 == 0 or i == self.n_batches - 1:
            self.bar.set_postfix(loss=f"{loss_sum / seen:.4f}", acc=f"{correct / seen:.4f}")
