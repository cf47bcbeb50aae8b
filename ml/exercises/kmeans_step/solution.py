"""One k-means iteration: assign points to their nearest centre, then move each centre to the
mean of its points; an empty cluster's centre moves onto the worst-served point."""

import numpy as np


def kmeans_step(X: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """One Lloyd iteration for points ``X`` ``(n, d)`` and ``centres`` ``(k, d)``.

    Returns ``labels`` ``(n,)`` and ``new_centres`` ``(k, d)``. A cluster nobody chose takes the
    point that is worst served by its own centre; zeroing that point's cost keeps a second empty
    cluster from taking it too. Neither step can raise the inertia. Time O(n k d).
    """
    D = ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)
    labels = D.argmin(axis=1)
    cost = D[np.arange(len(X)), labels]
    new_centres = centres.astype(np.float64)  # a copy: the caller's centres stay as they were
    for j in range(len(centres)):
        members = labels == j
        if members.any():
            new_centres[j] = X[members].mean(axis=0)
        else:
            worst = int(cost.argmax())
            new_centres[j], cost[worst] = X[worst], 0.0
    return labels, new_centres
