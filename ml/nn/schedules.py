"""Learning-rate schedules: the step size as a function of training progress.

A large rate early covers ground; a small rate late settles into a minimum instead of bouncing
around it. Each schedule is a callable ``schedule(epoch) -> lr`` where ``epoch`` is a float (so
``2.5`` means half-way through the third epoch) and the fit loop calls it before every step:

- ``constant(lr)``: ``lr`` throughout.
- ``step(lr, every, gamma)``: multiply by ``gamma`` after every ``every`` whole epochs.
- ``cosine(lr, epochs, lr_min)``: half a cosine wave from ``lr`` down to ``lr_min`` at the end,
  ``lr_min + (lr - lr_min) * (1 + cos(pi * epoch / epochs)) / 2``; smooth, with no knobs to tune.

Each call takes O(1) time.
"""

import math
from collections.abc import Callable

__all__ = ["SCHEDULES", "constant", "cosine", "make_schedule", "step"]

Schedule = Callable[[float], float]


def constant(lr: float) -> Schedule:
    """The same rate at every epoch.

    >>> constant(0.1)(7.5)
    0.1
    """
    _check_lr(lr)
    return lambda epoch: lr


def step(lr: float, every: int = 10, gamma: float = 0.1) -> Schedule:
    """``lr * gamma ** (completed epochs // every)``.

    >>> s = step(1.0, every=2, gamma=0.5)
    >>> [s(e) for e in (0, 1.9, 2, 4.5)]
    [1.0, 1.0, 0.5, 0.25]
    """
    _check_lr(lr)
    if every < 1:
        raise ValueError(f"step schedule needs every >= 1 epoch, got {every}")
    return lambda epoch: lr * gamma ** (int(epoch) // every)


def cosine(lr: float, epochs: float, lr_min: float = 0.0) -> Schedule:
    """Cosine decay from ``lr`` at epoch 0 to ``lr_min`` at ``epochs``.

    >>> s = cosine(1.0, epochs=10)
    >>> [round(s(e), 3) for e in (0, 5, 10)]
    [1.0, 0.5, 0.0]
    """
    _check_lr(lr)
    if epochs <= 0:
        raise ValueError(f"cosine schedule needs epochs > 0, got {epochs}")

    def schedule(epoch: float) -> float:
        progress = min(max(epoch / epochs, 0.0), 1.0)
        return lr_min + (lr - lr_min) * 0.5 * (1.0 + math.cos(math.pi * progress))

    return schedule


def make_schedule(name: str, lr: float, epochs: int) -> Schedule:
    """Build a schedule by name (``step`` multiplies by 0.1 after each third of the run).

    >>> make_schedule("step", 1.0, epochs=30)(10)
    0.1
    """
    if name == "constant":
        return constant(lr)
    if name == "step":
        return step(lr, every=max(1, epochs // 3), gamma=0.1)
    if name == "cosine":
        return cosine(lr, epochs)
    raise ValueError(f"unknown schedule {name!r}; choose one of {SCHEDULES}")


def _check_lr(lr: float) -> None:
    if not lr > 0:
        raise ValueError(f"learning rate must be positive, got {lr}")


SCHEDULES = ("constant", "step", "cosine")
