"""Principal component analysis: the k directions of largest variance of centred data."""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The first ``k`` principal directions of ``X`` ``(n, d)`` and the variance along each.

    The SVD of the centred data gives the directions (rows of ``Vt``) and ``S**2 / (n - 1)``,
    the eigenvalues of the sample covariance, without forming ``Xc^T Xc``. Each direction's
    sign is arbitrary, so its largest-magnitude entry is made positive. Time O(n d min(n, d)).
    """
    Xc = X - X.mean(axis=0)
    _, S, Vt = np.linalg.svd(Xc, full_matrices=False)
    V = Vt[:k]
    biggest = np.argmax(np.abs(V), axis=1)
    V = V * np.sign(V[np.arange(k), biggest])[:, None]
    return V, S[:k] ** 2 / (len(X) - 1)
