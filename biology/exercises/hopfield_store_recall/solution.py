"""A Hopfield network: store +-1 patterns with Hebb's rule, recall one from a noisy cue."""

import numpy as np


def store(patterns: np.ndarray) -> np.ndarray:
    """W = (1/N) sum over patterns of xi xi^T, with a zero diagonal. (P, N) -> (N, N)."""
    n_neurons = patterns.shape[1]
    w = patterns.T @ patterns / n_neurons
    np.fill_diagonal(w, 0.0)  # a neuron feeding itself breaks the energy argument
    return w


def recall(w: np.ndarray, state: np.ndarray, max_sweeps: int = 50) -> np.ndarray:
    """Update neurons one at a time, in index order, until a whole sweep changes nothing.

    Each neuron takes the sign of its input; an input of exactly 0 keeps the current value.
    """
    s = state.copy()
    for _ in range(max_sweeps):
        changed = False
        for i in range(len(s)):
            field = w[i] @ s
            new = s[i] if field == 0 else (1 if field > 0 else -1)
            if new != s[i]:
                s[i], changed = new, True
        if not changed:
            break
    return s
