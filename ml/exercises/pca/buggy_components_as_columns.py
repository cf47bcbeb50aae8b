"""Components as columns: returns the directions as the columns of a (d, k) array (V instead of
V^T), where one direction per row, (k, d), is asked for."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    V = Vt[:k]
    biggest = np.argmax(np.abs(V), axis=1)
    V = V * np.sign(V[np.arange(k), biggest])[:, None]
    return V.T, S[:k] ** 2 / (len(X) - 1)
