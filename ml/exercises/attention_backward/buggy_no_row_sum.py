"""No row sum: the softmax backward is taken entry by entry (p * dp), forgetting that each
weight depends on every score of its row (the - sum_i g_i p_i term)."""

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
    ds = p * dp                                             # softmax, row by row
    ds *= scale                                             # S = Q K^T * scale
    return ds @ k, ds.swapaxes(-1, -2) @ q, dv
