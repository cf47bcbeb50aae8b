"""Stale residuals: updates w first, then computes the intercept's gradient from the NEW w."""

import numpy as np


def gd_least_squares(X: np.ndarray, y: np.ndarray, lr: float,
                     steps: int) -> tuple[np.ndarray, float]:
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    for _ in range(steps):
        w = w - lr * (X.T @ (X @ w + b - y)) / n
        b = b - lr * float((X @ w + b - y).mean())
    return w, b
