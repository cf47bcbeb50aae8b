"""The backward pass of layer normalisation: dx, dgamma and dbeta.

The statistics are each position's own (over the last axis), so the two subtracted means in
``dx`` run over the features; gamma and beta are shared by all positions, so their gradients
sum over every leading axis.
"""

import numpy as np


def layer_norm_backward(x: np.ndarray, gamma: np.ndarray, dout: np.ndarray,
                        eps: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(dx, dgamma, dbeta)`` for ``y = gamma * (x - mu) / sqrt(var + eps) + beta`` over the
    last axis; ``dx`` has the shape of ``x``, ``dgamma`` and ``dbeta`` the shape ``(d,)``.

    Time and space O(x.size).
    """
    d = x.shape[-1]
    mu = x.mean(axis=-1, keepdims=True)
    inv = 1.0 / np.sqrt(x.var(axis=-1, keepdims=True) + eps)
    xhat = (x - mu) * inv
    dgamma = (dout * xhat).reshape(-1, d).sum(axis=0)
    dbeta = dout.reshape(-1, d).sum(axis=0)
    g = dout * gamma
    dx = inv * (g - g.mean(axis=-1, keepdims=True)
                - xhat * (g * xhat).mean(axis=-1, keepdims=True))
    return dx, dgamma, dbeta
