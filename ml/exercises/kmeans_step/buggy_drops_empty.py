"""Drops the empty cluster: builds the centres only from the labels that occur, so a cluster
nobody chose disappears and fewer than k centres come back."""

import numpy as np


def kmeans_step(X: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    D = ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    labels = D.argmin(axis=1)
    new_centres = np.array([X[labels == j].mean(axis=0) for j in sorted(set(labels.tolist()))])
    return labels, new_centres
