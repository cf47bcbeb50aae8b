"""NaN centre: takes the mean of an empty cluster, which is NaN (with a warning), and keeps it."""

import numpy as np


def kmeans_step(X: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    D = ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    labels = D.argmin(axis=1)
    new_centres = np.array([X[labels == j].mean(axis=0) for j in range(len(centres))])
    return labels, new_centres
