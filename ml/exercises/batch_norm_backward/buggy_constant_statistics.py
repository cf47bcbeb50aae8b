"""Constant statistics: treats the batch mean and variance as constants, so dx is only
dxhat / sqrt(var + eps), the inference-time gradient."""

import numpy as np


def batch_norm_backward(x: np.ndarray, gamma: np.ndarray, dout: np.ndarray,
                        eps: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(dx, dgamma, dbeta)`` for ``y = gamma * (x - mu) / sqrt(var + eps) + beta``.

    ``dout`` and ``dx`` have the shape of ``x``; ``dgamma`` and ``dbeta`` that of ``gamma``.
    Time and space O(x.size).
    """
    axes = (0,) if x.ndim == 2 else (0, 2, 3)  # a feature's values: a column, or a channel
    per_feature = (1, -1) + (1,) * (x.ndim - 2)
    mu = x.mean(axis=axes, keepdims=True)
    inv_std = 1.0 / np.sqrt(x.var(axis=axes, keepdims=True) + eps)
    xhat = (x - mu) * inv_std
    dgamma = (dout * xhat).sum(axis=axes)
    dbeta = dout.sum(axis=axes)
    dxhat = dout * gamma.reshape(per_feature)
    dx = dxhat * inv_std
    return dx, dgamma, dbeta
