"""dW transposed: dY.T @ X has shape (d_out, d_in), the transpose of W's (d_in, d_out)."""

import numpy as np


def dense_backward(X: np.ndarray, W: np.ndarray, dY: np.ndarray):
    return dY @ W.T, dY.T @ X, dY.sum(axis=0)
