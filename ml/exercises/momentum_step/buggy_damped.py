"""Another convention: ``v = beta * v + (1 - beta) * g``, an average of the gradients, where the
statement asks for their decaying sum; every step is (1 - beta) times too short."""

import numpy as np


def momentum_step(params: list[np.ndarray], grads: list[np.ndarray],
                  velocities: list[np.ndarray], lr: float, beta: float) -> None:
    """In place, for every k: ``v = beta * v + g``, then ``p = p - lr * v``; return nothing."""
    for p, g, v in zip(params, grads, velocities, strict=True):
        v *= beta
        v += (1 - beta) * g
        p -= lr * v
