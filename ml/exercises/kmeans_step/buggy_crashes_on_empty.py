"""Crashes on an empty cluster: divides each cluster's sum by its size, which is 0 for a centre
nobody chose (ZeroDivisionError)."""

import numpy as np


def kmeans_step(X: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    D = ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    labels = D.argmin(axis=1)
    new_centres = centres.astype(np.float64)
    for j in range(len(centres)):
        members = [x for x, label in zip(X, labels, strict=True) if label == j]
        new_centres[j] = sum(members) / len(members)
    return labels, new_centres
