"""A dense layer's backward pass: dX, dW and db from the gradient dY of its output."""

import numpy as np


def dense_backward(
    X: np.ndarray, W: np.ndarray, dY: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (dX (n, d_in), dW (d_in, d_out), db (d_out,)) for Y = X W + b and dY = dL/dY.

    Each gradient has its parameter's shape; the products sum over the batch, and dY already
    holds the loss's 1/n. Every call builds new arrays, so nothing carries over between calls.
    """
    dX = dY @ W.T  # (n, d_out) @ (d_out, d_in): blame runs back along the same wires
    dW = X.T @ dY  # (d_in, n) @ (n, d_out): summed over the batch
    db = dY.sum(axis=0)  # every example adds to every bias
    return dX, dW, db
