"""The causal mask: attention weights in which no position looks at the future.

Row ``t`` holds query ``t``'s scores for every key ``s``; the strict upper triangle (``s > t``)
is the future. Setting it to -inf before a softmax over the last axis gives those keys a weight
of exactly 0, and the diagonal, never masked, keeps every row's maximum finite.
"""

import numpy as np


def causal_softmax(scores: np.ndarray) -> np.ndarray:
    """Weights ``P (..., T, T)`` from ``scores (..., T, T)``: row t a softmax over s <= t.

    Time and space O(scores.size).
    """
    T = scores.shape[-1]
    future = np.triu(np.ones((T, T), dtype=bool), k=1)      # True where s > t
    z = np.where(future, -np.inf, scores.astype(float))      # a new array: scores untouched
    z = z - z.max(axis=-1, keepdims=True)                    # each row's max is 0: no overflow
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
