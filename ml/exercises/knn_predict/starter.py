"""k-nearest-neighbours prediction: the majority label among the k closest training rows.

Write ``knn_predict(X_train, y_train, X, k)``. Equal distances: earlier training row first.
Tied votes: the smallest label wins.
"""

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X: np.ndarray, k: int) -> np.ndarray:
    """Return the ``(m,)`` predicted labels of the queries ``X`` ``(m, d)``.

    ``X_train`` is ``(n, d)``, ``y_train`` ``(n,)`` integer labels, ``1 <= k <= n``.
    """
    raise NotImplementedError("write your solution here")
