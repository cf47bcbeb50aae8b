"""Self-connections kept: the diagonal of W is P/N instead of 0, so each neuron feeds itself."""

import numpy as np


def store(patterns: np.ndarray) -> np.ndarray:
    return patterns.T @ patterns / patterns.shape[1]


def recall(w: np.ndarray, state: np.ndarray, max_sweeps: int = 50) -> np.ndarray:
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
