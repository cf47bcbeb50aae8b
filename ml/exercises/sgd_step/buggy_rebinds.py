"""Not in place: ``p = p - lr * g`` builds a new array and rebinds a local name, so the caller's
parameters never move."""

import numpy as np


def sgd_step(params: list[np.ndarray], grads: list[np.ndarray], lr: float) -> None:
    """Update each ``params[k]`` in place to ``params[k] - lr * grads[k]``; return nothing."""
    for p, g in zip(params, grads, strict=True):
        p = p - lr * g  # a new array; the caller never sees it
