"""k-nearest-neighbours prediction: the majority label among the k closest training rows."""

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X: np.ndarray, k: int) -> np.ndarray:
    """Return the ``(m,)`` predicted labels of the queries ``X`` ``(m, d)``.

    Squared distances from differences (exact on small integer data, so equal distances tie
    exactly), a stable sort that keeps tied neighbours in training order, and a vote over the
    sorted labels where ``argmax`` takes the first, i.e. smallest, of the tied labels.
    Time O(m n d + m n log n), space O(m n d) for the differences.
    """
    D = ((X[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    labels, index = np.unique(y_train, return_inverse=True)
    votes = np.zeros((len(X), len(labels)), dtype=np.int64)
    np.add.at(votes, (np.arange(len(X))[:, None], index[nearest]), 1)
    return labels[votes.argmax(axis=1)]
