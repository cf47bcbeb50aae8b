"""Velocity not kept: ``v = beta * v + g`` rebinds a local name, so the caller's velocities stay
at zero and every call is a plain gradient step (no momentum at all)."""

import numpy as np


def momentum_step(params: list[np.ndarray], grads: list[np.ndarray],
                  velocities: list[np.ndarray], lr: float, beta: float) -> None:
    """In place, for every k: ``v = beta * v + g``, then ``p = p - lr * v``; return nothing."""
    for p, g, v in zip(params, grads, velocities, strict=True):
        v = beta * v + g  # a new array; the caller's velocity never changes
        p -= lr * v
