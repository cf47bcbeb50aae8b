"""Sign flipped: the gradient uses y - p, truth minus prediction, so it points uphill."""

import numpy as np


def logistic_loss_and_gradient(w: np.ndarray, b: float, X: np.ndarray,
                               y: np.ndarray) -> tuple[float, np.ndarray, float]:
    n = len(X)
    z = X @ w + b
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    r = y - 0.5 * (1.0 + np.tanh(0.5 * z))
    return loss, X.T @ r / n, float(r.mean())
