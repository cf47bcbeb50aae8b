"""A ``return`` inside the loop: only the first parameter array (W1) ever moves."""

import numpy as np


def sgd_step(params: list[np.ndarray], grads: list[np.ndarray], lr: float) -> None:
    """Update each ``params[k]`` in place to ``params[k] - lr * grads[k]``; return nothing."""
    for p, g in zip(params, grads, strict=True):
        p -= lr * g
        return
