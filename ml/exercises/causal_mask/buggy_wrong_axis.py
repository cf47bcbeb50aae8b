"""Softmax over the wrong axis: normalises each column (axis -2) instead of each row, so the
weights of one query do not sum to 1."""

import numpy as np


def causal_softmax(scores: np.ndarray) -> np.ndarray:
    """Weights ``P (..., T, T)`` from ``scores (..., T, T)``: row t a softmax over s <= t.

    Time and space O(scores.size).
    """
    T = scores.shape[-1]
    future = np.triu(np.ones((T, T), dtype=bool), k=1)      # True where s > t
    z = np.where(future, -np.inf, scores.astype(float))      # a new array: scores untouched
    z = z - z.max(axis=-2, keepdims=True)                    # each row's max is 0: no overflow
    e = np.exp(z)
    return e / e.sum(axis=-2, keepdims=True)
