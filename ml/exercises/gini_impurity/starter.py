"""Gini impurity: 1 minus the sum of the squared class proportions of a node's labels.

Write ``gini(y)`` for any non-empty integer array of labels.
"""

import numpy as np


def gini(y: np.ndarray) -> float:
    """The Gini impurity ``1 - sum_j p_j**2`` of the labels ``y`` ``(n,)``, ``n >= 1``."""
    raise NotImplementedError("write your solution here")
