"""Least squares by the normal equations: the weights and intercept of the best-fitting plane."""

import numpy as np


def least_squares(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Return ``(w, b)`` minimising ``sum((y - X @ w - b) ** 2)``.

    Centring removes the intercept from the problem: on ``Xc = X - mean`` the normal equations
    ``Xc^T Xc w = Xc^T yc`` are solved by ``lstsq`` through the SVD of ``Xc``, which keeps ``Xc``'s
    conditioning (forming ``Xc^T Xc`` would square it) and gives the minimum-norm ``w`` when the
    columns are collinear. Time O(n d^2).
    """
    x_mean, y_mean = X.mean(axis=0), y.mean()
    w, *_ = np.linalg.lstsq(X - x_mean, y - y_mean, rcond=None)
    return w, float(y_mean - x_mean @ w)
