"""One step of gradient descent with momentum: update each velocity, then each parameter."""

import numpy as np


def momentum_step(params: list[np.ndarray], grads: list[np.ndarray],
                  velocities: list[np.ndarray], lr: float, beta: float) -> None:
    """In place, for every k: ``v = beta * v + g``, then ``p = p - lr * v``; return nothing."""
    for p, g, v in zip(params, grads, velocities, strict=True):
        v *= beta  # in place: the caller hands the same velocity to the next step
        v += g
        p -= lr * v
