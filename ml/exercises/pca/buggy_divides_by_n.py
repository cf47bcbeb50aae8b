"""Divides by n: the population variance S**2 / n where the sample variance S**2 / (n - 1) is
asked for."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    V = Vt[:k]
    biggest = np.argmax(np.abs(V), axis=1)
    V = V * np.sign(V[np.arange(k), biggest])[:, None]
    return V, S[:k] ** 2 / len(X)
