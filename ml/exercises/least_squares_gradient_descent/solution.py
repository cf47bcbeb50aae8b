"""Least squares by gradient descent: repeat w <- w - lr * grad L on the mean squared error."""

import numpy as np


def gd_least_squares(X: np.ndarray, y: np.ndarray, lr: float,
                     steps: int) -> tuple[np.ndarray, float]:
    """Return ``(w, b)`` after ``steps`` gradient steps of size ``lr`` from ``w = 0``, ``b = 0``.

    The loss is the mean, ``L = |X w + b - y|^2 / (2n)``, so the gradients carry ``1/n`` and a
    step size that suits one data set suits it at any size. Time O(steps * n * d).
    """
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        r = X @ w + b - y
        w = w - lr * (X.T @ r) / n
        b = b - lr * float(r.mean())
    return w, b
