"""Mask off by one: np.triu(..., k=0) also hides the diagonal, so a position cannot look at
itself (and position 0, with nothing left to look at, gets NaN weights)."""

import numpy as np


def causal_softmax(scores: np.ndarray) -> np.ndarray:
    """Weights ``P (..., T, T)`` from ``scores (..., T, T)``: row t a softmax over s <= t.

    Time and space O(scores.size).
    """
    T = scores.shape[-1]
    future = np.triu(np.ones((T, T), dtype=bool), k=0)      # True where s > t
    z = np.where(future, -np.inf, scores.astype(float))      # a new array: scores untouched
    z = z - z.max(axis=-1, keepdims=True)                    # each row's max is 0: no overflow
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
