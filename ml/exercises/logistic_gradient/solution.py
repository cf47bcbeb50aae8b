"""Logistic regression's loss and gradient: mean cross-entropy of sigmoid(X @ w + b) and y."""

import numpy as np


def logistic_loss_and_gradient(w: np.ndarray, b: float, X: np.ndarray,
                               y: np.ndarray) -> tuple[float, np.ndarray, float]:
    """Return ``(loss, dw, db)`` for binary logistic regression.

    The loss comes from the scores, ``log(1 + e^z) - y z`` per example, never from a rounded
    probability, so it stays finite at any score; ``tanh`` gives the sigmoid without overflow.
    Both gradients are means: "prediction minus truth" weighted by the input. Time O(n d).
    """
    n = len(X)
    z = X @ w + b
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
    r = 0.5 * (1.0 + np.tanh(0.5 * z)) - y
    return loss, X.T @ r / n, float(r.mean())
