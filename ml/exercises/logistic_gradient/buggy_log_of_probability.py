"""Unstable loss: takes log(p) and log(1 - p) of the rounded probabilities, so at z = +-1000 the
loss is infinite (log 0) or NaN."""

import numpy as np


def logistic_loss_and_gradient(w: np.ndarray, b: float, X: np.ndarray,
                               y: np.ndarray) -> tuple[float, np.ndarray, float]:
    n = len(X)
    z = X @ w + b
    p = 1.0 / (1.0 + np.exp(-z))
    loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    r = p - y
    return loss, X.T @ r / n, float(r.mean())
