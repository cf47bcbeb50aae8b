"""Sign flipped: returns (Y - P) / n, the direction that increases the loss."""

import numpy as np


def softmax_cross_entropy_gradient(Z: np.ndarray, y: np.ndarray) -> np.ndarray:
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    P = e / e.sum(axis=1, keepdims=True)
    Y = np.zeros_like(P)
    Y[np.arange(len(y)), y] = 1.0
    return (Y - P) / len(y)
