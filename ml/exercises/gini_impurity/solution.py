"""Gini impurity: 1 minus the sum of the squared class proportions of a node's labels."""

import numpy as np


def gini(y: np.ndarray) -> float:
    """The Gini impurity ``1 - sum_j p_j**2`` of the labels ``y`` ``(n,)``, ``n >= 1``.

    ``np.unique`` counts any integer labels (``bincount`` would need them to be 0..c-1).
    Time O(n log n) for the sort inside ``unique``.
    """
    counts = np.unique(y, return_counts=True)[1]
    p = counts / len(y)
    return float(1.0 - np.sum(p * p))
