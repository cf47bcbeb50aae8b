"""Equal distances in the wrong order: sorting by minus the distance and reversing puts the LATER
of two training rows at equal distance first, so a different set of k neighbours is chosen."""

import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X: np.ndarray, k: int) -> np.ndarray:
    D = ((X[:, None, :] - X_train[None, :, :]) ** 2).sum(axis=2)
    nearest = np.argsort(-D, axis=1, kind="stable")[:, ::-1][:, :k]
    labels, index = np.unique(y_train, return_inverse=True)
    votes = np.zeros((len(X), len(labels)), dtype=np.int64)
    np.add.at(votes, (np.arange(len(X))[:, None], index[nearest]), 1)
    return labels[votes.argmax(axis=1)]
