"""Mask off by one the other way: np.triu(..., k=2) leaves s = t + 1 unmasked, so each position
sees the very character it must predict."""

import numpy as np


def causal_softmax(scores: np.ndarray) -> np.ndarray:
    """Weights ``P (..., T, T)`` from ``scores (..., T, T)``: row t a softmax over s <= t.

    Time and space O(scores.size).
    """
    T = scores.shape[-1]
    future = np.triu(np.ones((T, T), dtype=bool), k=2)      # True where s > t
    z = np.where(future, -np.inf, scores.astype(float))      # a new array: scores untouched
    z = z - z.max(axis=-1, keepdims=True)                    # each row's max is 0: no overflow
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
