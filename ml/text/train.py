"""Training a character model and measuring it: the loop, the schedule, the validation loss.

The loop is the one of every network in this project, with two additions sequences need:

- **a learning-rate schedule**: a linear warm-up (Adam's first steps, with its second-moment
  estimate still poor, are erratic; small steps keep them harmless), then a cosine decay to a
  tenth of the peak, which settles the weights into a minimum at the end;
- **gradient clipping** by global norm (:func:`ml.text.model.clip_global_norm`), which a
  recurrent network needs and costs the others nothing.

**The validation loss** is the mean negative log-likelihood of every character of the
validation text (the last 10 %), in nats per character, each character predicted once with as
much context as the model can use (:func:`validation_loss`): the bigram one character, the MLP
its window, the recurrent network everything before it (its state carried through the text),
the transformer at least three quarters of its window (overlapping windows,
:func:`windowed_loss`). ``log(65) = 4.17`` nats is guessing
uniformly; the bigram gets about 2.45.

Every run records wall-clock seconds and the CPU seconds of the process: on a shared machine the
first depends on the neighbours, the second much less.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from ml.nn.optim import Adam
from ml.nn.training import TrainingDiverged
from ml.progress import Progress
from ml.special import log_softmax
from ml.text.model import LanguageModel, clip_global_norm
from ml.text.vocab import random_windows

__all__ = ["Curve", "lr_at", "train_windows", "validation_loss", "windowed_loss"]


@dataclass
class Curve:
    """What a run measured: the step, the time and the losses at each evaluation."""

    steps: list[int] = field(default_factory=list)
    train_loss: list[float] = field(default_factory=list)
    val_loss: list[float] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    cpu_seconds: list[float] = field(default_factory=list)
    samples: dict[int, str] = field(default_factory=dict)


# --8<-- [start:lr-schedule]
def lr_at(step: int, total: int, peak: float, warmup: int) -> float:
    """Linear warm-up for ``warmup`` steps, then cosine decay from ``peak`` to ``peak / 10``.

    >>> [round(lr_at(s, 100, 1.0, 10), 3) for s in (0, 9, 10, 55, 99)]
    [0.1, 1.0, 1.0, 0.55, 0.1]
    """
    if step < warmup:
        return peak * (step + 1) / warmup
    progress = (step - warmup) / max(1, total - 1 - warmup)
    return peak * (0.1 + 0.9 * 0.5 * (1.0 + math.cos(math.pi * min(progress, 1.0))))


# --8<-- [end:lr-schedule]


def windowed_loss(model: LanguageModel, ids: np.ndarray, window: int,
                  stride: int | None = None, batch: int = 64) -> float:
    """Mean NLL over ``ids[1:]``, read in windows of ``window`` characters ``stride`` apart.

    Each character after the first is predicted exactly once. The first window scores all its
    positions; each later one only the positions no earlier window scored, its last ``stride``
    (the last window is moved back to end at the text's end). So with ``stride < window``
    every character but the first ``window - stride`` is predicted from at least
    ``window - stride`` characters before it: the model is measured with the context it was
    built for, not from the start of an arbitrary cut. Time O(len(ids) * window / stride).

    >>> from ml.text.transformer import Transformer
    >>> m = Transformer(vocab_size=3, block_size=8, d=8, n_head=2, n_layer=1)
    >>> ids = np.arange(33) % 3  # 32 targets: four windows of 8 side by side
    >>> bool(np.isclose(windowed_loss(m, ids, 8), m.loss(ids[:32].reshape(4, 8),
    ...                                                  ids[1:].reshape(4, 8))))
    True
    """
    stride = stride or window
    targets = len(ids) - 1
    length = min(window, targets)
    starts = list(range(0, targets - length + 1, stride))
    if starts[-1] + length < targets:
        starts.append(targets - length)
    first, done = [], 0
    for start in starts:                     # which offset of each window is new
        first.append(max(done - start, 0))
        done = start + length
    total = 0.0
    for lo in range(0, len(starts), batch):
        s = np.array(starts[lo: lo + batch])[:, None] + np.arange(length)
        z = model.logits(ids[s])
        logp = log_softmax(z.astype(np.float64), axis=-1)            # (B, length, V)
        picked = np.take_along_axis(logp, ids[s + 1][..., None], axis=-1)[..., 0]
        keep = np.arange(length) >= np.array(first[lo: lo + batch])[:, None]
        total -= float(picked[keep].sum())
    return total / targets


def validation_loss(model, ids: np.ndarray) -> float:
    """Mean NLL per character of ``ids`` under ``model`` (the model's own ``evaluate`` if any).

    >>> from ml.text.transformer import Transformer
    >>> m = Transformer(vocab_size=3, block_size=4, d=8, n_head=2, n_layer=1)
    >>> bool(abs(validation_loss(m, np.arange(11) % 3) - np.log(3)) < 0.05)
    True
    """
    evaluate = getattr(model, "evaluate", None)
    if evaluate is not None:
        return float(evaluate(ids))
    return windowed_loss(model, ids, model.block_size, stride=max(1, model.block_size // 4))


@dataclass
class Settings:
    """The knobs of :func:`train_windows`."""

    steps: int = 4000
    batch_size: int = 32
    block_size: int = 64
    lr: float = 2e-3
    warmup: int = 200
    clip: float = 1.0
    eval_every: int = 250
    eval_windows: int = 64
    seed: int = 0


def train_windows(model: LanguageModel, train_ids: np.ndarray, val_ids: np.ndarray,
                  settings: Settings, progress: bool = True,
                  on_eval: Callable[[int, Curve], None] | None = None) -> Curve:
    """Adam on random windows of the training text; returns the learning curve.

    ``model.batch(ids, batch, length, rng)`` may replace the random windows (the recurrent
    model reads the text in order). At every ``eval_every`` steps, and at the end, the loss on a
    fixed seeded sample of ``eval_windows`` validation windows is recorded, then ``on_eval``
    (if given) is called, e.g. to save a sample of text. A NaN or infinite loss stops the run
    with :class:`ml.nn.TrainingDiverged`.
    """
    s = settings
    rng = np.random.default_rng(s.seed)
    eval_x, eval_y = random_windows(val_ids, s.eval_windows, s.block_size,
                                    np.random.default_rng(s.seed + 1))
    names = list(model.params)
    params = [model.params[k] for k in names]
    opt = Adam(lr=s.lr, beta2=0.99)
    curve, recent = Curve(), []
    t0, c0 = time.perf_counter(), time.process_time()
    batches = getattr(model, "batches", None)
    stream = batches(train_ids, s.batch_size, s.block_size, rng) if batches else None
    with Progress(total=s.steps, desc=model.kind, disable=not progress) as bar:
        for step in range(s.steps):
            x, y = next(stream) if stream else random_windows(train_ids, s.batch_size,
                                                               s.block_size, rng)
            loss = model.loss(x, y, training=True)
            if not math.isfinite(loss):
                raise TrainingDiverged(f"the loss became {loss} at step {step}", s.lr)
            model.backward()
            grads = [model.grads[k] for k in names]
            clip_global_norm(grads, s.clip)
            opt.lr = lr_at(step, s.steps, s.lr, s.warmup)
            opt.step(params, grads)
            recent.append(loss)
            bar.update()
            if (step + 1) % s.eval_every == 0 or step + 1 == s.steps:
                _record(model, curve, step + 1, recent, eval_x, eval_y, t0, c0)
                recent = []
                bar.set_postfix(train=curve.train_loss[-1], val=curve.val_loss[-1])
                if on_eval is not None:
                    on_eval(step + 1, curve)
    return curve


def _record(model, curve: Curve, step: int, recent: list[float], eval_x, eval_y,
            t0: float, c0: float) -> None:
    val = model.loss(eval_x, eval_y)  # not training: the RNN starts from zeros
    curve.steps.append(step)
    curve.train_loss.append(float(np.mean(recent)))
    curve.val_loss.append(float(val))
    curve.seconds.append(time.perf_counter() - t0)
    curve.cpu_seconds.append(time.process_time() - c0)
