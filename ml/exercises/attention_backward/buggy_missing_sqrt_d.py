"""Missing sqrt(d) in the backward pass: the forward scores are scaled, but dS is not
multiplied by 1 / sqrt(dh) on the way back to q and k."""

import numpy as np


def causal_attention_backward(q: np.ndarray, k: np.ndarray, v: np.ndarray,
                              dy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(dq, dk, dv)``, each of q's shape ``(..., T, dh)``, for upstream gradient ``dy``.

    Time O(T^2 dh) per leading index, space O(T^2).
    """
    T, dh = q.shape[-2:]
    scale = 1.0 / np.sqrt(dh)
    scores = q @ k.swapaxes(-1, -2) * scale                 # the forward pass again
    scores[..., np.triu(np.ones((T, T), dtype=bool), k=1)] = -np.inf
    p = np.exp(scores - scores.max(axis=-1, keepdims=True))
    p /= p.sum(axis=-1, keepdims=True)                      # (..., T, T)
    dv = p.swapaxes(-1, -2) @ dy                            # Y = P V
    dp = dy @ v.swapaxes(-1, -2)
    ds = p * (dp - (dp * p).sum(axis=-1, keepdims=True))    # softmax, row by row
    return ds @ k, ds.swapaxes(-1, -2) @ q, dv
