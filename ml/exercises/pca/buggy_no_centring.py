"""No centring: takes the SVD of X itself, so the first direction points at the data's mean."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    _, S, Vt = np.linalg.svd(X, full_matrices=False)
    V = Vt[:k]
    biggest = np.argmax(np.abs(V), axis=1)
    V = V * np.sign(V[np.arange(k), biggest])[:, None]
    return V, S[:k] ** 2 / (len(X) - 1)
