"""The gradient of the mean softmax cross-entropy with respect to the logits: (P - Y) / n."""

import numpy as np


def softmax_cross_entropy_gradient(Z: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Return dL/dZ (n, k) for logits Z (n, k), integer labels y (n,) and L the mean loss.

    The softmax subtracts each row's maximum so exp never overflows; subtracting 1 at the true
    class makes P - Y without building the one-hot matrix; dividing by n matches the mean.
    """
    n = len(y)
    e = np.exp(Z - Z.max(axis=1, keepdims=True))
    G = e / e.sum(axis=1, keepdims=True)  # P, a new array
    G[np.arange(n), y] -= 1.0
    return G / n
