"""Least squares by gradient descent: repeat w <- w - lr * grad L on the mean squared error.

Write ``gd_least_squares(X, y, lr, steps)``: start at zero weights and intercept, and take
exactly ``steps`` gradient steps on L = sum((X @ w + b - y) ** 2) / (2 n).
"""

import numpy as np


def gd_least_squares(X: np.ndarray, y: np.ndarray, lr: float,
                     steps: int) -> tuple[np.ndarray, float]:
    """Return ``(w, b)`` after ``steps`` gradient steps of size ``lr`` from ``w = 0``, ``b = 0``.

    ``X`` is ``(n, d)``, ``y`` is ``(n,)``; ``w`` is ``(d,)`` and ``b`` a float.
    """
    raise NotImplementedError("write your solution here")
