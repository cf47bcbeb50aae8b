"""Momentum sign: the velocity collects minus the gradients and the step subtracts it, so every
step goes uphill."""

import numpy as np


def momentum_step(params: list[np.ndarray], grads: list[np.ndarray],
                  velocities: list[np.ndarray], lr: float, beta: float) -> None:
    """In place, for every k: ``v = beta * v + g``, then ``p = p - lr * v``; return nothing."""
    for p, g, v in zip(params, grads, velocities, strict=True):
        v *= beta
        v -= g
        p -= lr * v
