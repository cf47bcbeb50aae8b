"""Logistic regression's loss and gradient: mean cross-entropy of sigmoid(X @ w + b) and y.

Write ``logistic_loss_and_gradient(w, b, X, y)`` returning the mean loss and its gradients with
respect to ``w`` and ``b``. Keep it finite when the scores are as large as +-1000.
"""

import numpy as np


def logistic_loss_and_gradient(w: np.ndarray, b: float, X: np.ndarray,
                               y: np.ndarray) -> tuple[float, np.ndarray, float]:
    """Return ``(loss, dw, db)`` for binary logistic regression.

    ``w`` is ``(d,)``, ``b`` a float, ``X`` is ``(n, d)``, ``y`` is ``(n,)`` of 0/1 labels.
    ``loss`` is the mean cross-entropy, ``dw`` has the shape of ``w``, ``db`` is a float.
    """
    raise NotImplementedError("write your solution here")
