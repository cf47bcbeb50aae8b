"""Synchronous updates: every neuron takes the sign of its input at once, which can oscillate."""

import numpy as np


def store(patterns: np.ndarray) -> np.ndarray:
    w = patterns.T @ patterns / patterns.shape[1]
    np.fill_diagonal(w, 0.0)
    return w


def recall(w: np.ndarray, state: np.ndarray, max_sweeps: int = 50) -> np.ndarray:
    s = state.copy()
    for _ in range(max_sweeps):
        field = w @ s
        new = np.where(field == 0, s, np.where(field > 0, 1, -1))
        if np.array_equal(new, s):
            break
        s = new
    return s
