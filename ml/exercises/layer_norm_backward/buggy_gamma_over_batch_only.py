"""dgamma over the batch only: sums dgamma and dbeta over axis 0 alone, which leaves a (T, d)
array for (B, T, d) inputs: gamma is shared by every position, so sum over all leading axes."""

import numpy as np


def layer_norm_backward(x: np.ndarray, gamma: np.ndarray, dout: np.ndarray,
                        eps: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(dx, dgamma, dbeta)`` for ``y = gamma * (x - mu) / sqrt(var + eps) + beta`` over the
    last axis; ``dx`` has the shape of ``x``, ``dgamma`` and ``dbeta`` the shape ``(d,)``.

    Time and space O(x.size).
    """
    mu = x.mean(axis=-1, keepdims=True)
    inv = 1.0 / np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    xhat = (x - mu) * inv
    dgamma = (dout * xhat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    g = dout * gamma
    dx = inv * (g - g.mean(axis=-1, keepdims=True)
                - xhat * (g * xhat).mean(axis=-1, keepdims=True))
    return dx, dgamma, dbeta
