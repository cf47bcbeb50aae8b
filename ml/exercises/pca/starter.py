"""Principal component analysis: the k directions of largest variance of centred data.

Write ``pca(X, k)`` returning ``(components, explained_variance)``: ``components`` ``(k, d)``
has one unit direction per row (largest variance first; each row's entry of largest magnitude
positive), and ``explained_variance`` ``(k,)`` the sample variance along each.
"""

import numpy as np


def pca(X: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """The first ``k`` principal directions of ``X`` ``(n, d)`` and the variance along each.

    Returns ``components`` ``(k, d)`` and ``explained_variance`` ``(k,)``.
    """
    raise NotImplementedError("write your solution here")
