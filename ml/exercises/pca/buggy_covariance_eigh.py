"""Eigenvalues in the wrong order: ``np.linalg.eigh`` of the covariance returns them ASCENDING,
and the first k columns are taken as they come, the directions of least variance."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    Xc = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (len(X) - 1))
    V = vectors[:, :k].T
    biggest = np.argmax(np.abs(V), axis=1)
    V = V * np.sign(V[np.arange(k), biggest])[:, None]
    return V, values[:k]
