"""Divides by d: the scores are divided by dh instead of sqrt(dh), which flattens the weights
of a wide head towards a plain average."""

import numpy as np


def causal_attention(q: np.ndarray, k: np.ndarray, v: np.ndarray) -> np.ndarray:
    """``Y (..., T, dh)`` from ``q, k, v (..., T, dh)``; query t sees keys s <= t only.

    Time O(T^2 dh) per leading index, space O(T^2) for the weights.
    """
    T, dh = q.shape[-2:]
    scores = q @ k.swapaxes(-1, -2) / dh                    # (..., T, T)
    future = np.triu(np.ones((T, T), dtype=bool), k=1)      # True where s > t
    scores[..., future] = -np.inf                           # a new array: no input changed
    scores -= scores.max(axis=-1, keepdims=True)            # the diagonal keeps the max finite
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)          # each query's weights sum to 1
    return weights @ v                                      # (..., T, dh)
