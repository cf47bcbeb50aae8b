"""Counts instead of proportions: squares the class counts c_j where p_j = c_j / n is meant, so the
"impurity" grows (and goes negative) with the node's size."""

import numpy as np


def gini(y: np.ndarray) -> float:
    counts = np.unique(y, return_counts=True)[1]
    return float(1.0 - np.sum(counts * counts))
