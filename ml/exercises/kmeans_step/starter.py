"""One k-means iteration: assign points to their nearest centre, then move each centre to the
mean of its points; an empty cluster's centre moves onto the worst-served point.

Write ``kmeans_step(X, centres)`` returning ``(labels, new_centres)``.
"""

import numpy as np


def kmeans_step(X: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One Lloyd iteration for points ``X`` ``(n, d)`` and ``centres`` ``(k, d)``.

    Returns ``labels`` ``(n,)`` (nearest centre; ties to the lower index) and ``new_centres``
    ``(k, d)``. Does not change ``centres``.
    """
    raise NotImplementedError("write your solution here")
