"""Same point twice: every empty cluster takes the worst-served point, but its cost is not set to
zero, so two empty clusters land on the same point (and stay duplicates forever)."""

import numpy as np


def kmeans_step(X: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    D = ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    labels = D.argmin(axis=1)
    cost = D[np.arange(len(X)), labels]
    new_centres = centres.astype(np.float64)
    for j in range(len(centres)):
        members = labels == j
        if members.any():
            new_centres[j] = X[members].mean(axis=0)
        else:
            new_centres[j] = X[int(cost.argmax())]
    return labels, new_centres
