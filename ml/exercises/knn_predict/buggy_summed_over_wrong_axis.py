"""Wrong axis: sums the squared differences over the training rows (axis 1) instead of the
features, so the "distances" are per feature and the neighbours are nonsense."""

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X: np.ndarray, k: int) -> np.ndarray:
    D = ((X[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=1)
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    labels, index = np.unique(y_train, return_inverse=True)
    votes = np.zeros((len(X), len(labels)), dtype=np.int64)
    np.add.at(votes, (np.arange(len(X))[:, None], index[nearest]), 1)
    return labels[votes.argmax(axis=1)]
